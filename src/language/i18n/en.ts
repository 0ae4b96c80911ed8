// The language service's English messages: diagnostics, related information, quick-fix titles,
// hover and completion text. Every key is a function of the values the message names; ru.ts
// implements the same type, so a key missing there is a compile error (and test/language/
// i18n.test.ts checks both ways at run time). keepalived's own log lines and keyword names are
// quoted verbatim in both languages.

/** A value a message names: a word from the configuration, a number, a line number. */
export type Arg = string | number | undefined;

export const en = {

  // analyze.ts
  internalError: (code: Arg, message: Arg) => `The check '${code}' failed: ${message}`,

  // features/links.ts
  links: (value: Arg) => `Open ${value}`,
  links2: (namesLength: Arg, names: Arg) => `Reads ${namesLength} files: ${names}`,

  // features/navigation.ts
  navigation: () => `The name must not be empty.`,
  navigation2: () => `keepalived names cannot contain blanks, braces, quotes, #, !, $ or backslashes.`,

  // features/variables.ts
  variables: () => `(the environment variable named by the parameter)`,
  variables2: () => `(a random number; 0-32767 unless MIN/MAX are given)`,

  // fileSystem.ts
  fileSystem: (file: Arg) => `'${file}' is not a regular file`,
  fileSystem2: (file: Arg, MAX_FILE_BYTES: Arg) => `'${file}' is larger than ${MAX_FILE_BYTES} bytes`,
  fileSystem3: (file: Arg) => `'${file}' does not exist`,

  // parser.ts
  escapedCommentChar: (childText: Arg, value: Arg) => `keepalived 2.2 reads '\\#' and '\\!' as literal characters only in global_defs. This line is read by its VRRP/checker/BFD processes from a copy of the file in which the escape has become a plain comment character, so they read only '${childText}'${value}. Put the value in double quotes instead (inside quotes '#' and '!' are ordinary characters).`,
  escapedCommentChar2: () => ` (and, as the line now starts with a comment character, they misnumber the lines after it in their messages)`,
  parser: (label: Arg) => `opens '${label}', which is never closed`,
  parser24: () => `is never closed`,
  missingCloseBrace: (what: Arg, n: Arg) => `This '{' ${what}; keepalived reports "There are ${n} missing '}'s or extra '{'s" at the end of the file and reads everything after it as part of the block.`,
  parser4: (processes: Arg, value: Arg) => `keepalived's ${processes} process${value}`,
  parser5: (value: Arg, label: Arg, value2: Arg, value3: Arg, value4: Arg) => `skip${value} '${label}' (line ${value2}) by counting '{' and '}'; because a brace is missing or extra inside that block, ${value3} skipping too early and read${value4} this line as top-level configuration`,
  parser6: (value: Arg) => `read${value} this line as top-level configuration because a brace before it is missing or extra`,
  parser25: () => `they stop`,
  parser26: () => `it stops`,
  misreadByOtherProcess: (who: Arg, cause: Arg, value: Arg, message: Arg) => `${who} ${cause}, and report${value} "${message}".`,
  parser7: (label: Arg, value: Arg) => `Missing '{' after '${label}' (line ${value}): keepalived reports "Missing '{' at beginning of configuration block" here and reads this line and the following ones as the block's contents anyway, up to the next '}'.`,
  parser8: (keyword: Arg) => `'${keyword}' needs '{' after it`,
  parser9: (label: Arg, value: Arg) => `keepalived counts more '}' than '{' at this point and reports "Extra '}' found"; this '}' still ends '${label}'${value}.`,
  parser28: () => `, whose '{' is missing`,
  parser10: (after: Arg, value: Arg) => `the '{' after '${after}' (line ${value})`,
  parser11: (value: Arg) => `the '{' on line ${value}`,
  parser12: (what: Arg, label: Arg) => `keepalived ignored ${what}, so this '}' closes '${label}' instead; the lines after it are read one level further out (at the top level, most keywords are then unknown).`,
  parser13: () => `This '}' has no matching '{'; keepalived reports "Extra '}' found" and "Unknown keyword '}'", and ignores it.`,
  parser14: (after: Arg, value: Arg) => `This '}' was meant to close '${after}' (line ${value}), whose '{' keepalived ignored`,
  parser15: () => `keepalived already closed the block this '}' was meant for (see the earlier '}' that closed it)`,
  parser16: (why: Arg) => `${why}; at the top level keepalived reads it as a keyword and reports "Unknown keyword '}'".`,
  parser17: (keyword: Arg) => `keepalived does not know '${keyword}' here, so it ignores this '{' ("Unexpected '{' - ignoring") and reads the block's contents as part of the enclosing block; the block's '}' then closes the enclosing block.`,
  parser18: (keyword: Arg) => `'${keyword}' does not take a block; keepalived ignores this '{' ("Unexpected '{' - ignoring") and its matching '}' closes the enclosing block instead.`,
  parser19: () => `Unexpected '{' here; keepalived ignores it ("Unexpected '{' - ignoring") and the matching '}' closes the enclosing block instead.`,
  parser20: (label: Arg) => `'${label}' ends the file without a '{ ... }' block; keepalived creates it empty.`,
  parser21: (keyword: Arg) => `'${keyword}' must be followed by '{'; without it keepalived (silently under -t) reads the following lines as entries of the list, up to the next '}'.`,
  parser22: (keyword: Arg) => `keepalived counts more '}' than '{' at this point and reports "Extra '}' found"; this '}' still ends the '${keyword}' list.`,
  parser23: (keyword: Arg) => `Lists do not nest: keepalived reads this '{' as an entry of '${keyword}' (an invalid one), and the next '}' ends the list.`,

  // reader.ts
  reader: (abs: Arg, message: Arg) => `Cannot read '${abs}': ${message}. keepalived skips it.`,
  reader2: () => `The file starts with a UTF-8 byte order mark (BOM); keepalived reads those bytes as part of the first word, so the first keyword is unknown to it. Save the file as UTF-8 without BOM.`,
  reader3: () => `The configuration expands to more lines than the checker reads; analysis stopped here.`,
  reader4: () => `This definition has an opening double quote without a closing one; keepalived reports "Unterminated quote" here and again where the definition is used.`,
  reader5: () => `This line contains NUL bytes; keepalived ignores the whole line ("configuration appears to have embedded NULs").`,
  reader6: () => `This line contains a NUL byte; keepalived 2.2 reads the line only up to it and, from here on, reports every finding one line too early (it no longer counts this line).`,
  reader7: (value: Arg) => `This line has an opening double quote without a closing one; keepalived reports "Unterminated quote" even though it then drops the line for its '${value}' condition.`,
  reader8: (value: Arg) => `keepalived 2.2 keeps the '\\' that ends this comment as a word of its own${value}. Remove the backslash (a comment never continues onto the next line).`,
  reader38: () => `, so it reports "Unknown keyword '\\'"`,
  reader9: (word: Arg) => `A '\\' before a comment does not continue the line in keepalived; it reads '${word}' (with the backslash) and the next line on its own. Remove the backslash.`,
  reader10: () => `This line has an opening double quote without a closing one; keepalived reports "Unterminated quote" and drops the quoted text (a value that was quoted is then missing).`,
  reader11: (lastWord: Arg) => `A '\\' at the end of a line does not continue it in keepalived (only $NAME= definitions continue); keepalived reads '${lastWord}\\' as the last word and the next line on its own. Remove the backslash and join the lines.`,
  reader12: (bytes: Arg, MAX_LINE_BYTES: Arg, LINE_CHUNK_BYTES: Arg) => `This line is ${bytes} bytes long; keepalived reads at most ${MAX_LINE_BYTES} bytes a line: it ignores the first ${LINE_CHUNK_BYTES} bytes ("line too long - ignoring") and reads the rest as a new line.`,
  reader13: (bytes: Arg, LINE_CHUNK_BYTES: Arg, value: Arg) => `This line is ${bytes} bytes long; keepalived 2.2 reads it in pieces of ${LINE_CHUNK_BYTES} bytes and takes each piece as a separate line (the cut is at column ${value}), reporting problems in all but the last piece under the previous line's number.`,
  reader14: () => `This line has an opening double quote without a closing one; keepalived reports "Unmatched quote" and drops the quoted text (a value that was quoted is then missing).`,
  reader15: (value: Arg, value2: Arg) => `'${value}' is not defined before this line; keepalived leaves the text as it is, and then reads its '{' and '}' as block braces. Define $${value2}= above, or remove the reference.`,
  reader16: (value: Arg, value2: Arg, value3: Arg) => `'$${value}' is not defined before this line; keepalived uses the text '$${value2}' as it is. Define $${value3}= above this line, or write the value.`,
  reader17: (name: Arg, after: Arg, word: Arg, name2: Arg) => `keepalived replaces $${name} only when a blank, ',', ')' or the end of the line follows it; here '${after}' follows, so '${word}' stays as it is. Write \${${name2}} instead.`,
  reader18: (wordsLength: Arg) => `\${_ENV NAME} takes exactly one parameter (an environment variable name), ${wordsLength} given; keepalived leaves the text as it is, and its braces then count as block braces.`,
  reader19: () => `\${_RANDOM [MIN [MAX]]} takes numbers only; keepalived leaves the text as it is, and its braces then count as block braces.`,
  reader20: (value: Arg) => `\${_RANDOM [MIN [MAX]]} takes at most two numbers; keepalived ${value}.`,
  reader39: () => `2.2 ignores the rest`,
  reader40: () => `reports "Definition _RANDOM requires between 0 and 2 parameters"`,
  reader21: (word: Arg) => `A line starting with ~SEQ or ~LST is a sequence for keepalived, but '${word}' is not ~SEQ(, ~SEQx( or ~LST(; keepalived reports "Invalid ~SEQ specification" and ignores the whole line.`,
  reader22: () => `This ~SEQ/~LST has no closing ')'; keepalived ignores the line.`,
  reader23: (MAX_SEQ_LINES: Arg) => `~SEQ/~LST lines expand to more than ${MAX_SEQ_LINES} lines; the checker stops expanding them here.`,
  reader24: () => `~LST needs a variable and at least one value; keepalived ignores the line.`,
  reader25: (value: Arg) => `~LST value set '${value}' has more values than variables; keepalived ignores the line.`,
  reader26: (kind: Arg, kind2: Arg, kind3: Arg, kind4: Arg) => `Invalid ~${kind} definition: use ~${kind2}(VAR, END), ~${kind3}(VAR, START, END) or ~${kind4}(VAR, START, STEP, END); keepalived ignores the line.`,
  reader27: (kind: Arg) => `~${kind} values must be integers; keepalived ignores the line.`,
  reader28: (kind: Arg) => `Invalid ~${kind} values: the step must move from START towards END; keepalived ignores the line.`,
  reader29: (kind: Arg, count: Arg, MAX_SEQ_VALUES: Arg) => `~${kind} produces ${count} lines; the checker expands only the first ${MAX_SEQ_VALUES}.`,
  reader30: (directive: Arg) => ` As '${directive}' makes this an error, keepalived -t stops after reading the configuration once.`,
  reader31: (miss: Arg, stops: Arg) => `The included file '${miss}' does not exist; keepalived reports "Config files missing" and goes on without it.${stops}`,
  reader32: (pattern: Arg, value: Arg, stops: Arg) => `No file matches '${pattern}'; keepalived ${value}.${stops}`,
  reader41: () => `reports "No config files matched"`,
  reader42: () => `silently includes nothing (plain include)`,
  reader33: (target: Arg, stops: Arg) => `The included file '${target}' does not exist; keepalived goes on without it.${stops}`,
  reader34: (target: Arg, stops: Arg) => `'${target}' is a directory; keepalived reports it and skips it.${stops}`,
  reader35: (target: Arg, stops: Arg) => `'${target}' is not a regular non-executable file; keepalived reports it and skips it.${stops}`,
  reader36: (loop: Arg) => `These includes form a loop (${loop}); keepalived includes the files again and again until it runs out of open files ("Too many open files"), reading their contents hundreds of times.`,
  reader37: (MAX_INCLUDE_DEPTH: Arg) => `Includes are nested more than ${MAX_INCLUDE_DEPTH} deep; the checker stops here.`,

  // rules/authPass.ts
  authPassTruncated: (textLength: Arg, effective: Arg) => `auth_pass is ${textLength} characters; keepalived uses only the first 8 ('${effective}') and reports "Truncating auth_pass to 8 characters". Both directors still match if they truncate the same way, but the extra characters add no security.`,
  authPassTruncated2: (effective: Arg) => `Shorten to '${effective}' (what keepalived uses)`,

  // rules/extraArguments.ts
  extraArguments: (value: Arg, extraText: Arg, value2: Arg) => `keepalived reads only 'priority ${value}' and silently ignores '${extraText}'. If the other director has the same priority, both use ${value2} and the one with the higher IP address becomes MASTER. Give each director one number (e.g. 150 here, 100 on the other).`,
  extraArguments2: (name: Arg, extraText: Arg, value: Arg) => `'${name}' takes no value; keepalived ignores '${extraText}'${value}.`,
  extraArguments8: () => ` and reports it`,
  extraArguments9: () => ` without a message`,
  extraArguments3: (name: Arg, value: Arg, syntax: Arg, value2: Arg, value3: Arg, extraText: Arg) => `'${name}' takes ${value} (${syntax}); keepalived uses '${value2}' and ${value3} '${extraText}'.`,
  extraArguments6: () => `one value`,
  extraArguments7: () => `silently ignores`,
  extraArguments10: (max: Arg) => `at most ${max} words`,
  extraArguments4: (extra: Arg) => `Remove '${extra}' (keepalived ignores it)`,
  extraArguments5: (other: Arg, value: Arg) => `Use priority ${other} instead of ${value}`,

  // rules/semantic/authConflict.ts
  vrrpAuthConflict: (name: Arg) => `keepalived prints this for ${name} after parsing`,
  vrrpAuthConflict2: (name: Arg, value: Arg, name2: Arg) => `(${name}) uses VRRP version 3${value}, which has no authentication; keepalived reports "(${name2}) VRRP version 3 does not support authentication. Ignoring." and sends adverts without it.`,
  vrrpAuthConflict7: () => ` (IPv6 always does)`,
  vrrpAuthConflict3: (name: Arg, name2: Arg) => `(${name}) authentication has no auth_pass; keepalived reports "(${name2}) Authentication specified but no password given. Ignoring".`,
  vrrpAuthConflict4: (name: Arg, name2: Arg) => `(${name}) AH authentication does not work with IPv6; keepalived reports "(${name2}) Cannot use AH authentication with IPv6. ignoring".`,
  vrrpAuthConflict5: (name: Arg, name2: Arg) => `(${name}) With AH authentication a non-owner must first hear an advert to learn the sequence number, so it cannot start as MASTER; keepalived reports "(${name2}) Initial state master is incompatible with AH authentication - clearing" and starts as BACKUP.`,
  vrrpAuthConflict6: () => `Remove the authentication block (keepalived ignores it)`,

  // rules/semantic/duplicateName.ts
  duplicateName11: () => `skips this whole block`,
  duplicateName12: () => `skips this whole block`,
  duplicateName13: () => `skips this whole block`,
  duplicateName: () => `keeps both, but every track_script finds the first one, so this one is never run`,
  duplicateName14: () => `ignores this whole block`,
  duplicateName2: () => `keeps both, but every track_process finds the first one, so this one is never used`,
  duplicateName3: () => `keeps both, but every reference finds the first one, so this one is never used`,
  duplicateName4: () => `keeps both, but \`virtual_server group\` finds the first one, so this one is never used`,
  duplicateName5: (label: Arg, name: Arg, value: Arg, effect: Arg, value2: Arg) => `${label} '${name}' is already defined (line ${value}); keepalived ${effect}${value2}. Rename or merge it.`,
  duplicateName18: (kind: Arg) => ` and reports "${kind}"`,
  duplicateName19: () => ` without a message`,
  duplicateName15: () => `first definition`,
  duplicateName6: (rename: Arg) => `Rename to '${rename}'`,
  duplicateName7: () => `Remove this duplicate real_server (keepalived drops it)`,
  duplicateName9: (value: Arg, value2: Arg) => `virtual_server ${value} is already defined (line ${value2}) with the same protocol; keepalived -t accepts this without a message, but both blocks describe the same IPVS service. Put all real servers into one block.`,
  duplicateName16: () => `first definition`,
  duplicateName10: (value: Arg, value2: Arg, formatVs: Arg, textV: Arg, proto: Arg, value3: Arg) => `real_server ${value} is already listed in this virtual_server (line ${value2}); keepalived reports "VS ${formatVs}: real server [${textV}]:${proto}:${value3} is duplicated - removing second rs" and drops this one with its checkers.`,
  duplicateName17: () => `first listed here`,

  // rules/semantic/duplicateVrid.ts
  duplicateVrid2: (name: Arg, name2: Arg, vrid: Arg, fam: Arg, ifname: Arg) => `${name} and ${name2} both use VRID ${vrid} with IPv${fam} on interface ${ifname}`,
  duplicateVrid3: (name: Arg, name2: Arg, vrid: Arg, fam: Arg, value: Arg, said: Arg) => `${name} and ${name2} both use virtual_router_id ${vrid} for IPv${fam} on ${value}; each would take the other's adverts for its own, so keepalived reports "${said}" and does not start VRRP. Give one of them another id (on both directors).`,
  duplicateVrid6: () => `the same source`,
  duplicateVrid4: (name: Arg) => `${name} uses the same id`,
  duplicateVrid5: (free: Arg) => `Change to the unused id ${free}`,

  // rules/semantic/groupListRepeated.ts
  groupListRepeated: (kind: Arg, name: Arg, value: Arg) => `This group list is empty; keepalived reports "Warning - ${kind} ${name} has empty group block" and ignores it${value}. Remove it.`,
  groupListRepeated7: (lineOf: Arg) => ` (the members come from the list at line ${lineOf})`,
  groupListRepeated2: (keyword: Arg, name: Arg, lineOf: Arg, name2: Arg, keyword2: Arg) => `${keyword} ${name} already has a group list (line ${lineOf}); keepalived reports "Group list already specified for sync group ${name2}", ignores this list, and its '}' then closes the whole ${keyword2}, so what follows in the block is read at the top level. Put all members in one group { } list.`,
  groupListRepeated6: () => `the group list keepalived uses`,
  groupListRepeated3: (keyword: Arg, name: Arg, lineOf: Arg) => `${keyword} ${name} was already closed at line ${lineOf}`,
  groupListRepeated4: (where: Arg, word: Arg) => `${where} (by the '}' of the refused group list), so keepalived reads this line at the top level, reports "Unknown keyword '${word}'" and ignores it.`,
  groupListRepeated5: (where: Arg) => `This '}' no longer closes anything: ${where} (by the '}' of the refused group list), so keepalived reports "Unknown keyword '}'".`,

  // rules/semantic/preemptIgnored.ts
  preemptIgnored: (name: Arg) => `keepalived prints this for ${name} after parsing`,
  preemptIgnored2: (name: Arg, name2: Arg) => `(${name}) has priority 255 (address owner), which always takes over; keepalived reports "(${name2}) nopreempt is incompatible with priority 255. resetting nopreempt" and ignores nopreempt.`,
  preemptIgnored3: (name: Arg, name2: Arg) => `(${name}) starts as MASTER, so nopreempt cannot work; keepalived reports "(${name2}) Warning - nopreempt will not work with initial state MASTER - clearing". For nopreempt use 'state BACKUP' on both directors and let priority decide.`,
  preemptIgnored4: (name: Arg, name2: Arg) => `(${name}) starts as MASTER, so preempt_delay cannot work; keepalived reports "(${name2}) Warning - preempt delay will not work with initial state MASTER - clearing".`,
  preemptIgnored5: (name: Arg, name2: Arg) => `(${name}) runs in strict mode, which does not allow a preempt delay; keepalived reports "(${name2}) preempt_delay is incompatible with strict mode - resetting".`,
  preemptIgnored6: (name: Arg, name2: Arg) => `(${name}) has nopreempt, so there is no preemption to delay; keepalived reports "(${name2}) preempt_delay is incompatible with nopreempt mode - resetting".`,
  preemptIgnored7: (keyword: Arg) => `Remove '${keyword}' (keepalived ignores it)`,

  // rules/semantic/referenceBeforeDefinition.ts
  referenceBeforeDefinition: (noun: Arg, name: Arg, value: Arg, value2: Arg, effect: Arg, said: Arg, noun2: Arg, keyword: Arg) => `${noun} '${name}' is defined only further down (${value}line ${value2}); keepalived resolves the name while reading this line, does not find it, ${effect} and reports "${said}". Move the ${noun2} block above this ${keyword}.`,
  referenceBeforeDefinition2: () => `defined here, after its use`,
  referenceBeforeDefinition3: (keyword: Arg, value: Arg, keyword2: Arg, value2: Arg) => `Move ${keyword} ${value} above ${keyword2} ${value2}`,

  // rules/semantic/referenceFacts.ts
  referenceFacts5: () => `tracks nothing for this entry`,
  referenceFacts: () => `drops this FILE_CHECK ("FILE_CHECK has no track_file specified - ignoring")`,
  referenceFacts6: () => `tracks nothing for this entry`,
  referenceFacts7: () => `tracks nothing for this entry`,
  referenceFacts8: () => `tracks nothing for this entry`,
  referenceFacts9: () => `drops this BFD_CHECK`,
  referenceFacts2: (value: Arg) => `adds the ${value} without tracking`,
  referenceFacts3: () => `leaves it out of the track group (it only logs this, so \`keepalived -t\` is silent)`,
  referenceFacts10: () => `leaves it out of the group`,
  referenceFacts4: () => `ignores this whole virtual_server (it only logs this, so \`keepalived -t\` is silent)`,
  referenceFacts11: () => `ignores the reference`,

  // rules/semantic/requiredSetting.ts
  requiredSetting: () => `drops this checker (Debian's keepalived 2.2.7 even crashes in \`keepalived -t\`)`,
  requiredSetting2: () => `drops this checker (Debian's keepalived 2.2.7 even crashes in \`keepalived -t\`)`,
  requiredSetting3: () => `ignores this url`,
  requiredSetting4: () => `ignores this url`,
  requiredSetting5: () => `drops this checker`,
  requiredSetting6: () => `drops this checker`,
  requiredSetting7: () => `ignores this track_file`,
  requiredSetting8: () => `ignores this track_file`,
  requiredSetting9: () => `ignores this vrrp_track_process`,
  requiredSetting10: () => `disables this BFD instance`,
  requiredSettingMissing: (keyword: Arg, value: Arg, needs: Arg, value2: Arg, value3: Arg, effect: Arg, r: Arg) => `${keyword}${value} has no ${needs}${value2}${value3}; keepalived ${effect} and reports "${r}".`,
  requiredSettingMissing3: () => ` or `,
  requiredSettingMissing4: () => ` with a path`,
  requiredSettingMissing5: () => ` that names a track_file defined above it`,
  requiredSettingMissing2: (value: Arg) => `Add ${value}`,

  // rules/semantic/rsFamilyMismatch.ts
  rsFamilyMismatch: (addr: Arg, family: Arg, family2: Arg, addr2: Arg) => `real_server ${addr} is IPv${family} but the virtual server is IPv${family2}; IPVS cannot forward between families (except with lb_kind TUN), so keepalived reports "Address family of virtual server and real server ${addr2} don't match - skipping real server."`,

  // rules/semantic/rsPortMismatch.ts
  rsPortMismatch: (method: Arg, label: Arg, rsLabel: Arg) => `With lb_kind ${method} a fwmark service forwards packets unchanged, so a real server port means nothing; keepalived reports "WARNING - fwmark virtual server ${label}, real server ${rsLabel} has port specified - clearing".`,
  rsPortMismatch2: (method: Arg, addr: Arg, port: Arg, port2: Arg, label: Arg, rsLabel: Arg, port3: Arg, port4: Arg) => `With lb_kind ${method} the director does not rewrite the destination port, so ${addr} receives the traffic on port ${port}, not ${port2}; keepalived reports "WARNING - virtual server ${label} and real server ${rsLabel} ports don't match - resetting" and uses ${port3}. Make the service listen on ${port4}, or use lb_kind NAT to change ports.`,
  rsPortMismatch3: () => `Remove the port`,
  rsPortMismatch4: (replace: Arg) => `Use port ${replace} (what keepalived uses)`,

  // rules/semantic/scriptRelativePath.ts
  scriptRelativePath: (prog: Arg) => `'${prog}' is relative to keepalived's working directory (/ under systemd), not to this file`,
  scriptRelativePath2: (prog: Arg) => `keepalived searches '${prog}' in the PATH it was started with, which is not your shell's (systemd gives services a minimal one)`,
  scriptRelativePath3: (where: Arg, value: Arg) => `${where}; if it is not found the script is dropped (for a vrrp_script: "Disabling track script ... since not found/accessible"). Write the absolute path${value}.`,
  scriptRelativePath5: (abs: Arg, prog: Arg) => `, e.g. ${abs} on Debian/Ubuntu (check with 'command -v ${prog}')`,
  scriptRelativePath6: (prog: Arg) => ` (see 'command -v ${prog}')`,
  scriptRelativePath4: (abs: Arg) => `Use ${abs}`,

  // rules/semantic/scriptRepeated.ts
  scriptRepeated14: (keyword: Arg, lineOf: Arg, what: Arg, said: Arg, value: Arg) => `'${keyword}' is already set at line ${lineOf}; keepalived keeps the first ${what}, reports "${said}" and ignores this line.${value}`,
  scriptRepeated32: () => ` To run several commands, put them in one script.`,
  scriptRepeated15: (keyword: Arg) => `the ${keyword} keepalived uses`,
  scriptRepeated16: (keyword: Arg) => `Remove the second '${keyword}'`,

  // rules/semantic/scriptSecurity.ts
  scriptSecurity: (value: Arg, value2: Arg, value3: Arg, value4: Arg) => `global_defs has no 'enable_script_security', so keepalived runs ${value} as root without checking that only root can change ${value2}, and 'keepalived -t' reports "${value3}" (exit status 6) whenever the script exists on the host. Add enable_script_security${value4} to global_defs.`,
  scriptSecurity5: () => `this script`,
  scriptSecurity9: (listLength: Arg) => `these ${listLength} scripts`,
  scriptSecurity10: () => ` and a script_user`,
  scriptSecurity6: () => `another script`,
  scriptSecurity2: () => `Add enable_script_security to global_defs`,
  scriptSecurity3: () => `Enable script security, scripts run as root (works on any host)`,
  scriptSecurity4: () => `Enable script security, scripts run as keepalived_script (create the user first: useradd -r -s /usr/sbin/nologin keepalived_script)`,

  // rules/semantic/scriptUnquotedArguments.ts
  scriptUnquotedArguments: (cmd: Arg, value: Arg, kw: Arg, joined: Arg) => `keepalived runs only '${cmd}' and silently drops '${value}': the command must be one word. Quote the whole command line: ${kw} "${joined}".`,
  scriptUnquotedArguments2: (user: Arg, value: Arg, kw: Arg, joined: Arg) => `After the command keepalived reads at most a user and a group ('${user}'${value}) and ignores the rest; most likely these are arguments of the script. Quote the whole command line: ${kw} "${joined}".`,
  scriptUnquotedArguments3: (cmd: Arg, user: Arg, value: Arg, value2: Arg, value3: Arg, kw: Arg, joined: Arg) => `keepalived runs '${cmd}' as the user '${user}'${value}, not with ${value2}. If that is meant, fine; if '${value3}' is for the script, quote the whole command line: ${kw} "${joined}" (an unknown user makes keepalived drop the script silently).`,
  scriptUnquotedArguments6: () => `this argument`,
  scriptUnquotedArguments7: () => `these arguments`,
  scriptUnquotedArguments8: (group: Arg) => ` and group '${group}'`,
  scriptUnquotedArguments4: (user: Arg, cmd: Arg, value: Arg, kw: Arg, joined: Arg) => `keepalived reads '${user}' as the user to run '${cmd}' as${value}; no such account exists, so the script is dropped without a message in 'keepalived -t'. Quote the whole command line: ${kw} "${joined}".`,
  scriptUnquotedArguments9: (group: Arg) => ` (and '${group}' as the group)`,
  scriptUnquotedArguments5: (q: Arg, joined: Arg, q2: Arg) => `Quote the whole command: ${q}${joined}${q2}`,

  // rules/semantic/scriptUser.ts
  scriptUserMissing: (value: Arg) => `With enable_script_security and no script_user, keepalived runs scripts as the user 'keepalived_script'. If that account does not exist on the host, keepalived reports "Unable to set default user keepalived_script for script" and drops the ${value} (a vrrp_script is removed, so tracking it fails). Set script_user, or create the account.`,
  scriptUserMissing7: (needingLength: Arg) => `${needingLength} scripts`,
  scriptUserMissing4: () => `runs as the default script user`,
  scriptUserMissing2: () => `Add script_user root (keepalived still refuses scripts non-root users can modify)`,
  scriptUserMissing3: () => `Add script_user keepalived_script (the account must exist)`,

  // rules/semantic/sorryServerOrder.ts
  sorryServerOrder: () => `ignores it (the sorry server then uses the virtual server's lb_kind)`,
  sorryServerOrder7: () => `ignores it`,
  sorryServerOrder2: (keyword: Arg, lineOf: Arg, said: Arg, effect: Arg) => `'${keyword}' comes before 'sorry_server' (line ${lineOf}); keepalived applies it to the sorry server read so far - there is none yet - so it reports "${said}" and ${effect}. Move it below sorry_server.`,
  sorryServerOrder3: (lineOf: Arg, keyword: Arg, said: Arg, effect: Arg) => `The sorry_server above (line ${lineOf}) is skipped because keepalived cannot read its address or port, so '${keyword}' has no sorry server to change; keepalived reports "${said}" and ${effect}.`,
  sorryServerOrder4: (keyword: Arg, said: Arg, effect: Arg) => `'${keyword}' needs a sorry_server in this virtual_server; there is none, so keepalived reports "${said}" and ${effect}.`,
  sorryServerOrder5: (keyword: Arg) => `Move '${keyword}' below 'sorry_server'`,
  sorryServerOrder6: (keyword: Arg) => `Remove '${keyword}'`,

  // rules/semantic/stateRepeated.ts
  stateRepeated: (name: Arg, name2: Arg) => `(${name}) state MASTER was already given, so keepalived ignores this 'state BACKUP' and reports "(${name2}) state previously set as MASTER - ignoring BACKUP". Keep one state line.`,
  stateRepeated2: (name: Arg, state: Arg, value: Arg) => `(${name}) 'state' is given again; keepalived uses 'state ${state}' (line ${value}) and ignores this one. Keep one state line.`,
  stateRepeated4: () => `the state keepalived uses`,
  stateRepeated3: () => `Remove the ignored state line`,

  // rules/semantic/strictMode.ts
  strictModeConflict13: () => `vrrp_strict in global_defs`,
  strictModeConflict14: () => `strict mode is turned on here`,
  strictModeConflict: (name: Arg, why: Arg, state: Arg, prio: Arg, name2: Arg, value: Arg) => `(${name}) With ${why}, only the address owner (priority 255) may start as MASTER and the owner must; here state is ${state} with priority ${prio}. keepalived reports "(${name2}) State MASTER must match being address owner" and starts as ${value}.`,
  strictModeConflict2: (name: Arg, why: Arg, name2: Arg) => `(${name}) ${why} does not allow authentication; keepalived reports "(${name2}) Strict mode does not support authentication. Ignoring." and sends adverts without it. A peer that still uses authentication will not accept them.`,
  strictModeConflict3: (name: Arg, why: Arg, name2: Arg) => `(${name}) ${why} does not allow unicast peers; keepalived reports "(${name2}) Unicast peers are not supported in strict mode" and does not start VRRP at all.`,
  strictModeConflict4: (name: Arg, why: Arg) => `(${name}) ${why} does not allow unicast peers (RFC 5798 is multicast only). keepalived 2.2 misses this and uses unicast anyway; 2.4 reports "Unicast peers are not supported in strict mode" and does not start VRRP.`,
  strictModeConflict5: (name: Arg, why: Arg, name2: Arg) => `(${name}) With ${why} and VRRP version 2, a non-owner may not accept traffic for the VIPs; keepalived reports "(${name2}) warning - accept mode for VRRP version 2 does not comply with RFC3768 - resetting", so the VIPs answer nothing but ARP on the MASTER.`,
  strictModeConflict6: (name: Arg, name2: Arg) => `(${name}) IPv6 needs VRRP version 3; keepalived reports "(${name2}) cannot use IPv6 with VRRP version 2; setting version 3".`,
  strictModeConflict7: (name: Arg, name2: Arg) => `(${name}) strict mode sends no repeated gratuitous ARPs; keepalived reports "(${name2}) Strict mode requires no repeat garps. resetting".`,
  strictModeConflict8: (name: Arg, name2: Arg) => `(${name}) strict mode sends no repeated gratuitous ARPs; keepalived reports "(${name2}) Strict mode requires no repeat garp delay. resetting".`,
  strictModeConflict9: (name: Arg, name2: Arg) => `(${name}) strict mode never answers a lower-priority advert; keepalived reports "(${name2}) Strict mode requires no lower priority advert. resetting".`,
  strictModeConflict10: (name: Arg, name2: Arg) => `(${name}) strict mode does not send an advert on seeing a higher priority; keepalived reports "(${name2}) strict mode requires higher_prio_send_advert to be clear. resetting".`,
  strictModeConflict11: (name: Arg, name2: Arg) => `(${name}) strict mode uses the RFC's 3 adverts; keepalived reports "(${name2}) down_timer_adverts is incompatible with strict mode - resetting".`,
  strictModeConflict12: (keyword: Arg) => `Remove '${keyword}' (strict mode ignores it)`,

  // rules/semantic/syncGroupEmpty.ts
  syncGroupEmpty3: (name: Arg, value: Arg, value2: Arg) => `vrrp_sync_group ${name} has ${value}, so keepalived removes it ("${value2}") and its instances fail over independently.`,
  syncGroupEmpty4: () => ` The instance names must be inside 'group { ... }'; written directly in the block they are unknown keywords.`,
  syncGroupEmpty8: () => `an empty group list`,
  syncGroupEmpty11: () => `no group { } list`,
  syncGroupEmpty5: () => `instance name outside group { }`,
  syncGroupEmpty6: (names: Arg) => `Put ${names} into group { }`,

  // rules/semantic/syncGroupMembers.ts
  syncGroupMembers: (n: Arg, textV: Arg, n2: Arg, name: Arg) => `${n} is already a member of sync group ${textV}; an instance can be in only one, so keepalived reports "Virtual router ${n2} cannot exist in more than one sync group; ignoring ${name}" and leaves it out here.`,
  syncGroupMembers2: (n: Arg) => `${n} joined this sync group first`,
  syncGroupMembers3: (name: Arg, textV: Arg, name2: Arg) => `vrrp_sync_group ${name} has only one member (${textV}); a sync group exists to move several instances together, and keepalived reports "Sync group ${name2} has only 1 virtual router(s) - this probably isn't what you want".`,
  syncGroupMembers4: (name: Arg, name2: Arg, name3: Arg) => `Sync group ${name} has an address owner (state MASTER, priority 255) before ${name2}, which is state BACKUP; keepalived reports "Sync group ${name3} has some member(s) as address owner and some not as address owner. This won't work."`,

  // rules/semantic/trackDuplicate.ts
  trackDuplicate: (name: Arg, keyword: Arg, value: Arg, owner: Arg, kind: Arg, name2: Arg) => `${name} is already in this ${keyword} list; keepalived keeps the first entry${value} and reports "(${owner}) duplicate track_${kind} ${name2} - ignoring".`,
  trackDuplicate2: () => `first entry`,

  // rules/semantic/trackOwnInterface.ts
  trackOwnInterface: (name: Arg, own: Arg, name2: Arg, own2: Arg, value: Arg) => `(${name}) always tracks its own interface ${own} (going to FAULT when it is down); keepalived reports "(${name2}) Ignoring track_interface ${own2} since own interface"${value}.`,
  trackOwnInterface2: () => `, so the weight here has no effect`,

  // rules/semantic/undefinedReference.ts
  undefinedReference: (noun: Arg, name: Arg, effect: Arg, value: Arg, value2: Arg) => `No ${noun} named '${name}' is defined, so keepalived ${effect}${value}.${value2}`,
  undefinedReference3: (said: Arg) => ` and reports "${said}"`,
  undefinedReference4: (value: Arg) => ` Did you mean ${value}?`,
  undefinedReference5: () => ` or `,
  undefinedReference2: (s: Arg) => `Change to '${s}'`,

  // rules/semantic/unicastSettings.ts
  unicastWithoutPeers: (name: Arg, name2: Arg) => `(${name}) has unicast_ttl but no unicast_peer; keepalived reports "(${name2}): Cannot use unicast_ttl without unicast peers - resetting".`,
  unicastWithoutPeers2: (name: Arg, keyword: Arg, name2: Arg) => `(${name}) has '${keyword}' but no unicast_peer, so it uses multicast after all; keepalived reports "(${name2}) A unicast keyword has been specified without any unicast peers. Defaulting to multicast. This usage is deprecated - please update your configuration." Add unicast_peer { OTHER_DIRECTOR_IP } or remove the unicast settings.`,

  // rules/semantic/vipDuplicate.ts
  vipDuplicate: (name: Arg, addr: Arg, name2: Arg, addr2: Arg) => `(${name}) lists ${addr} again; keepalived 2.4 reports "(${name2}): VIP duplicates a VIP ${addr2} - ignoring". Remove this line.`,
  vipDuplicate2: (name: Arg, addr: Arg) => `(${name}) lists ${addr} again; keepalived 2.2 accepts it silently (2.4 reports it and ignores the copy). Remove this line.`,
  vipDuplicate4: () => `first listed here`,
  vipDuplicate3: () => `Remove the duplicate VIP`,

  // rules/semantic/vridRequired.ts
  vridRequired: (name: Arg, value: Arg, name2: Arg) => `(${name}) has no ${value}virtual_router_id (1-255); keepalived reports "(${name2}) the virtual router id must be set" and does not start VRRP at all. Use the same id on both directors, unique on this network segment.`,
  vridRequired4: () => `valid `,
  vridRequired3: (line: Arg) => `Add '${line}'`,

  // rules/semantic/vrrpFamilyMismatch.ts
  vrrpFamilyMismatch3: (name: Arg, family: Arg, textV: Arg, value: Arg, fam: Arg, value2: Arg, said: Arg, fam2: Arg) => `(${name}) is an IPv${family} instance (from ${textV}, line ${value}), so keepalived ignores this IPv${fam} ${value2} and reports "${said}". Use a separate vrrp_instance for IPv${fam2}.`,
  vrrpFamilyMismatch4: (name: Arg, family: Arg) => `this address makes ${name} IPv${family}`,

  // rules/semantic/vrrpImplicitPriority.ts
  vrrpImplicitPriority: (name: Arg) => `(${name}) has 'state MASTER' but no priority, so keepalived silently uses priority 255: the address owner, which takes over at once whenever it runs. If the other director is written the same way both are owners. Set an explicit priority below 255 (e.g. 150 here, 100 on the backup).`,
  vrrpImplicitPriority2: () => `Add 'priority 150'`,

  // rules/semantic/vrrpInterfaceRequired.ts
  vrrpInterfaceRequired: (name: Arg) => `(${name}) has unicast settings but neither 'interface' nor 'unicast_src_ip'; keepalived 2.4 reports "Unicast instances must have unicast_src_ip or interface" and does not start VRRP.`,
  vrrpInterfaceRequired2: (name: Arg, name2: Arg, value: Arg) => `(${name}) has no 'interface'; keepalived reports "(${name2}) Unknown interface!" and does not start VRRP at all.${value}`,
  vrrpInterfaceRequired5: () => ` keepalived 2.2 needs the interface even for unicast instances.`,
  vrrpInterfaceRequired3: (ifname: Arg) => `Add 'interface ${ifname}'`,

  // rules/semantic/vrrpNoVip.ts
  vrrpNoVip: (name: Arg, family: Arg, other: Arg, name2: Arg, value: Arg, value2: Arg, other2: Arg) => `(${name}) is an IPv${family} instance, so keepalived drops its IPv${other} virtual_ipaddress entries and no VIP is left: it reports "(${name2}) No VIP specified; at least one is ${value}"${value2}. Put the IPv${other2} addresses in a vrrp_instance of their own.`,
  vrrpNoVip5: () => ` and does not start VRRP at all`,
  vrrpNoVip6: () => ` and a failover moves no address`,
  vrrpNoVip2: (name: Arg, value: Arg, name2: Arg) => `(${name}) has no virtual_ipaddress; with ${value} keepalived reports "(${name2}) No VIP specified; at least one is required" and does not start VRRP at all.`,
  vrrpNoVip3: (name: Arg, name2: Arg) => `(${name}) has no virtual_ipaddress, so a failover moves no address; keepalived reports "(${name2}) No VIP specified; at least one is sensible".`,
  vrrpNoVip4: () => `strict mode`,

  // rules/semantic/vrrpScriptNoScript.ts
  vrrpScriptNoScript: (name: Arg, name2: Arg, value: Arg) => `vrrp_script ${name} has no 'script' line; keepalived reports "No script set for vrrp_script ${name2} - removing"${value}.`,
  vrrpScriptNoScript6: () => `, so tracking it fails as well ("track script ... not found")`,
  vrrpScriptNoScript2: (name: Arg, owner: Arg, name2: Arg) => `vrrp_script ${name} has no 'script' line and is removed, so keepalived reports "(${owner}) track script ${name2} not found, ignoring..." here.`,
  vrrpScriptNoScript5: () => `the vrrp_script without a script`,
  vrrpScriptNoScript3: () => `Add a script line (edit the command)`,

  // rules/semantic/vrrpScriptUnused.ts
  vrrpScriptUnused: (name: Arg, name2: Arg) => `vrrp_script ${name} is not tracked by any vrrp_instance or vrrp_sync_group (track_script), so it never runs; keepalived logs "Warning - script ${name2} is not used" and removes it.`,

  // rules/semantic/vsFwmarkProtocol.ts
  vsFwmarkProtocol: (value: Arg, label: Arg) => `A fwmark service takes every packet with mark ${value} whatever its protocol; keepalived reports "Warning: Virtual server ${label}: protocol specified for fwmark - protocol will be ignored". Select the protocol in the firewall rule that sets the mark.`,
  vsFwmarkProtocol2: () => `Remove the protocol line`,

  // rules/semantic/vsNoLbKind.ts
  vsNoLbKind: (value: Arg, label: Arg) => `virtual_server ${value} has no lb_kind; keepalived reports "Virtual server ${label}: no forwarding method set, setting default NAT". NAT only works when the real servers route their replies back through this director; with the VIP on the real servers' loopback (direct routing) use lb_kind DR.`,
  vsNoLbKind2: () => `Add 'lb_kind DR' (direct routing: VIP on the real servers' lo)`,
  vsNoLbKind3: () => `Add 'lb_kind NAT' (what keepalived uses now)`,

  // rules/semantic/vsNoProtocol.ts
  vsNoProtocol: (value: Arg, label: Arg, value2: Arg) => `virtual_server ${value} has no 'protocol'; keepalived reports "Virtual server ${label}: no protocol set - defaulting to UDP" and creates a UDP service${value2}`,
  vsNoProtocol4: () => `, so TCP connections (e.g. HTTP) to this address are not balanced at all. Add protocol TCP.`,
  vsNoProtocol5: () => `. Add the protocol you mean (TCP for most services).`,
  vsNoProtocol2: () => `Add 'protocol TCP'`,
  vsNoProtocol3: () => `Add 'protocol UDP' (what keepalived uses now)`,

  // rules/semantic/vsNoRealServers.ts
  vsNoRealServers: (value: Arg, value2: Arg, said: Arg) => `Every real_server of virtual_server ${value} is skipped by keepalived (${value2}), so it reports ${said} and does not create the service.`,
  vsNoRealServers2: (value: Arg, said: Arg) => `virtual_server ${value} has no real_server; keepalived reports ${said} and does not create the service.`,
  vsNoRealServers4: (value: Arg, value2: Arg) => `line ${value}: ${value2}`,
  vsNoRealServers3: (value: Arg) => `skipped: ${value}`,

  // rules/semantic/vsNoScheduler.ts
  vsNoScheduler: (value: Arg, label: Arg) => `virtual_server ${value} has no valid lb_algo; keepalived reports "Virtual server ${label}: no scheduler set, setting default 'wlc'" (weighted least connections). Say which scheduler you want.`,
  vsNoScheduler2: () => `Add 'lb_algo wlc' (what keepalived uses now)`,
  vsNoScheduler3: () => `Add 'lb_algo rr' (round robin)`,

  // rules/semantic/vsQuorum.ts
  vsQuorum: (quorum: Arg, total: Arg, quorum2: Arg, label: Arg, total2: Arg, total3: Arg) => `quorum ${quorum} is more than the real servers' total weight ${total}, so it could never be reached; keepalived reports "Warning - quorum ${quorum2} for ${label} exceeds total weight of real servers ${total2}, reducing quorum to ${total3}".`,
  vsQuorum2: (h: Arg, quorum: Arg, label: Arg, h2: Arg, quorum2: Arg, value: Arg) => `hysteresis ${h} must be below the quorum ${quorum}; keepalived reports "Virtual server ${label}: hysteresis ${h2} >= quorum ${quorum2}; setting hysteresis to ${value}".`,

  // rules/semantic/vsSchedulerFlags.ts
  vsSchedulerFlag7: () => `sh or mh`,
  vsSchedulerFlag: (flag: Arg, textV: Arg, value: Arg, flag2: Arg) => `'${flag}' comes before 'lb_algo ${textV}' (line ${value}); keepalived checks it against the scheduler set so far, reports "${flag2} only applies to sh scheduler - ignoring" and drops it. Move it below lb_algo.`,
  vsSchedulerFlag2: (flag: Arg, wants: Arg, value: Arg, flag2: Arg) => `'${flag}' only applies to the ${wants} scheduler${value}; keepalived reports "${flag2} only applies to sh scheduler - ignoring".`,
  vsSchedulerFlag8: (algo: Arg) => `, not ${algo}`,
  vsSchedulerFlag9: () => ` and no lb_algo is set before it`,
  vsSchedulerFlag3: (algo: Arg) => `'hashed' sets nothing in keepalived (the ${algo} scheduler hashes anyway); it has no effect.`,
  vsSchedulerFlag4: (flag: Arg, flag2: Arg, algo: Arg) => `'${flag}' is a flag of the ${flag2} scheduler; with lb_algo ${algo} keepalived ignores it without a message.`,
  vsSchedulerFlag5: (keyword: Arg, keyword2: Arg, textV: Arg) => `Move '${keyword}' below '${keyword2} ${textV}'`,
  vsSchedulerFlag6: (keyword: Arg) => `Remove '${keyword}'`,

  // rules/semantic/vsSettingIgnored.ts
  vsSettingIgnored: (label: Arg) => `ha_suspend cannot work with a fwmark service; keepalived reports "Virtual server ${label}: cannot use ha_suspend with fwmarks - clearing ha_suspend".`,
  vsSettingIgnored2: (label: Arg) => `One-packet scheduling (ops) only exists for UDP; keepalived reports "Virtual server ${label}: one packet scheduling requires UDP - resetting".`,
  vsSettingIgnored3: (textV: Arg, label: Arg) => `virtual_server ${textV} has no port, which IPVS allows only for persistent services; keepalived reports "Virtual server ${label}: zero port only valid for persistent services - setting" and turns on persistence (360 s). Give the port, or set persistence_timeout yourself.`,

  // rules/syntax.ts
  keywordSemicolon: (t: Arg) => `keepalived does not end statements with ';': it looks up '${t}' (semicolon included), does not know it and ignores the line ("Unknown keyword"). Remove the ';'.`,
  keywordSemicolon2: () => `Remove the ';'`,
  unsubstitutedDefinition: (name: Arg) => `Write \${${name}}`,

  // rules/unknownKeyword.ts
  unknownKeyword5: () => `the top level`,
  unknownKeyword: (here: Arg) => `keepalived reads this '}' as an unknown keyword at ${here} and ignores it.`,
  unknownKeyword2: (word: Arg, here: Arg, value: Arg) => `'${word}' is not valid at ${here}; it belongs in ${value}. keepalived reports "Unknown keyword" and ignores the line.`,
  unknownKeyword6: () => `the top level`,
  unknownKeyword3: (word: Arg, here: Arg, value: Arg) => `Unknown keyword '${word}' at ${here}; keepalived ignores the line.${value}`,
  unknownKeyword7: (value: Arg) => ` Did you mean ${value}?`,
  unknownKeyword8: () => ` or `,
  unknownKeyword4: (s: Arg) => `Change to '${s}'`,
  keywordTooNew: (keyword: Arg, version: Arg, value: Arg) => `'${keyword}' is new in keepalived 2.4; keepalived ${version} reports "Unknown keyword" and ignores it${value}. Set the target version to 2.4 if your hosts run it.`,
  keywordTooNew2: () => ` (and the contents of its block are read as part of the enclosing block)`,

  // rules/values/addressRules.ts
  addressRules: () => `Put this address on its own line`,
  addressRules2: () => `Add 'no_track'`,

  // rules/values/advertInt.ts
  advertInt: () => `the instance`,
  tooManyDecimals: (name: Arg, rounded: Arg) => `${name} uses VRRPv2, which sends advert_int in whole seconds; keepalived reports "VRRPv2 advertisement interval ... must be an integer. rounding" and uses ${rounded}. Use 'version 3' for sub-second adverts.`,
  outOfRange: () => `VRRPv3 advert_int must be less than 40.96 seconds; keepalived reports it and uses 40.95.`,
  tooManyDecimals2: (rounded: Arg) => `VRRPv3 sends advert_int in hundredths of a second; keepalived reports "must be in units of 10ms - rounding" and uses ${rounded}.`,

  // rules/values/blockName.ts
  blockName: (name: Arg) => `keepalived reports "${name} must have a name" and skips the whole block`,
  blockName2: (name: Arg, name2: Arg, skipped: Arg) => `'${name}' needs a name (${name2} NAME {); ${skipped}.`,
  blockName3: (name: Arg, value: Arg, argsLength: Arg, skipped: Arg, joined: Arg) => `A ${name} name is one word; '${value}' is ${argsLength} words, so ${skipped}. Write it as one word, e.g. '${joined}'.`,
  blockName4: (textV: Arg, name: Arg, value: Arg, textV2: Arg) => `keepalived takes only '${textV}' as the ${name} name and silently ignores '${value}'; references must use '${textV2}'.`,
  blockName5: (textLength: Arg, BFD_NAME_MAX: Arg) => `The bfd_instance name is ${textLength} characters; keepalived allows at most ${BFD_NAME_MAX} and rejects the instance.`,
  blockName6: (name: Arg, name2: Arg, textV: Arg, value: Arg) => `Nothing may stand between '${name}' and '{'; keepalived reports "Block ${name2} has extra parameters ${textV} ..." and ignores them.${value}`,
  blockName11: () => ` Put list entries inside the braces.`,
  blockName7: (name: Arg, value: Arg) => `'${name}' takes no name; keepalived silently ignores '${value}'.`,
  blockName8: (value: Arg, value2: Arg) => `keepalived reads only '${value}' and silently ignores '${value2}'.`,
  blockName9: (StringV: Arg) => `Remove '${StringV}'`,
  blockName10: (replacement: Arg) => `Change to '${replacement}'`,

  // rules/values/deprecatedKeyword.ts
  deprecatedKeyword: () => `reports "Keyword \\"vrrp_vmac_garp_intvl\\" is deprecated"`,
  deprecatedKeyword2: () => `reports "Keyword \\"vmac_garp_intvl\\" is deprecated"`,
  deprecatedKeyword3: () => `reports "global_tracking is deprecated"`,
  deprecatedKeyword4: () => `reports "'linkbeat_use_polling' in vrrp instance deprecated"`,
  deprecatedKeyword5: () => `reports "Specifying lvs_sync_daemon_interface against a vrrp is deprecated"`,
  deprecatedKeyword6: () => `reports "nb_get_retry is deprecated - please use 'retry'"`,
  deprecatedKeyword13: () => `reports it and asks for timer_expired_backup`,
  deprecatedKeyword7: () => `reports "nb_get_retry is deprecated - please use 'retry'"`,
  deprecatedKeyword8: () => `a root-level 'linkbeat_interfaces { IFNAME }' block`,
  deprecatedKeyword9: () => `'lvs_sync_daemon IFNAME INSTANCE' in global_defs`,
  deprecatedKeyword14: () => `one SMTP_CHECK block per host`,
  deprecatedKeyword10: () => `'preempt' does nothing: preemption is already the default. Only 'nopreempt' changes behaviour.`,
  deprecatedKeyword11: () => `accepts it without a message in \`keepalived -t\``,
  deprecatedKeyword12: (name: Arg, value: Arg, says: Arg, value2: Arg) => `'${name}' is deprecated${value}. keepalived ${says}.${value2}`,
  deprecatedKeyword15: (instead: Arg) => `; use ${instead}`,
  deprecatedKeyword16: (alias_of: Arg) => ` (${alias_of} needs keepalived 2.4.)`,

  // rules/values/emptyNotificationEmail.ts
  emptyNotificationEmail: () => `notification_email lists no address; keepalived reports "Warning - empty notification_email block" and has nobody to send alert emails to. Put one address per line inside the braces, or remove the block.`,

  // rules/values/findings.ts
  findings: (StringV: Arg) => `Remove '${StringV}'`,
  findings2: (replacement: Arg) => `Change to '${replacement}'`,

  // rules/values/hexValue.ts
  hexValue: (value: Arg) => `'${value}' is not a hex digit`,
  hexValue2: (value: Arg) => `'${value}' is not a hex digit`,
  hexValue3: () => `it is empty`,
  invalidHex: (value: Arg) => `The digest must be an MD5 sum written as 32 hex digits; '${value}' is not a hex digit, so keepalived reports it and cannot compare the page.`,
  invalidHex2: (textLength: Arg) => `The digest must be 32 hex digits (an MD5 sum), not ${textLength}; keepalived reports "digest ... character length should be 32" and ignores it. Compute it with 'genhash' or 'md5sum'.`,
  invalidHex3: (keyword: Arg, problem: Arg) => `${keyword} must be hex bytes (e.g. '0a 1b 2c'); ${problem}, so keepalived reports "Invalid hex string" and ignores the line.`,

  // rules/values/interfaceName.ts
  invalidInterfaceName: (t: Arg, textLength: Arg, value: Arg) => `'${t}' is ${textLength} characters; Linux interface names have at most ${value}, so keepalived reports the name as too long (or the interface as missing) and ignores it. Check the name with 'ip link'.`,

  // rules/values/interfaceNameChars.ts
  interfaceNameChars: (t: Arg) => `keepalived looks for an interface called '${t}', finds none and reports that it doesn't exist`,
  interfaceNameChars2: (t: Arg, said: Arg, name: Arg, t2: Arg) => `'${t}' is an address label (the old ifconfig alias style), not an interface; ${said}. Use the interface itself ('${name}'); a label for a VIP is set with 'label ${t2}'.`,
  interfaceNameChars3: (t: Arg, name: Arg, said: Arg) => `'${t}' is how 'ip link' shows a linked interface (NAME@PEER); the interface name is only '${name}', so ${said}.`,
  interfaceNameChars4: (t: Arg, said: Arg) => `'${t}' cannot be a Linux interface name ('/', ':' and blanks are not allowed); ${said}. Check the name with 'ip link'.`,
  interfaceNameChars5: (t: Arg, said: Arg) => `'${t}' starts with '-', which no interface name does; ${said}. Check the name with 'ip link'.`,
  interfaceNameChars6: (t: Arg, value: Arg, said: Arg) => `'${t}' contains ${value}, which interface names do not; ${said}. Check the name with 'ip link'.`,

  // rules/values/invalidBoolean.ts
  invalidBoolean: (arg: Arg, name: Arg, value: Arg) => `'${arg}' is not a boolean for ${name}: keepalived accepts only true, on, yes, false, off or no (lower case), reports "Invalid value" and leaves the setting unchanged.${value}`,
  invalidBoolean2: (fix: Arg) => ` Did you mean '${fix}'?`,
  falseStillEnables: (name: Arg, name2: Arg, arg: Arg) => `keepalived switches ${name} ON for any valid word, so '${name2} ${arg}' enables it. Remove the line to keep the check of advert addresses.`,
  falseStillEnables2: (name: Arg, arg: Arg) => `In keepalived 2.2, ${name} takes no value: '${arg}' is ignored and the option is switched ON. Remove the line if you do not want it.`,
  falseStillEnables3: () => `Remove the line (leave the option off)`,

  // rules/values/invalidEnum.ts
  invalidEnum27: () => `starts the instance as BACKUP`,
  invalidEnum: () => `falls back to the default scheduler 'wlc'`,
  invalidEnum28: () => `does not set an authentication type`,
  invalidEnum2: () => `falls back to the default scheduler 'wlc'`,
  invalidEnum29: () => `falls back to NAT`,
  invalidEnum3: () => `uses the virtual server's method`,
  invalidEnum30: () => `falls back to NAT`,
  invalidEnum4: () => `uses the virtual server's method`,
  invalidEnum5: () => `uses the default (UDP for address-based services)`,
  invalidEnum6: () => `keeps HTTP/1.0`,
  invalidEnum31: () => `ignores it`,
  invalidEnum7: () => `still enables dynamic interfaces, without allow_if_changes`,
  invalidEnum32: () => `queries SOA records`,
  invalidEnum33: () => `ignores the word`,
  invalidEnum34: () => `ignores the word`,
  invalidEnum35: () => `ignores it`,
  invalidEnum36: () => `ignores it`,
  invalidEnum8: (v: Arg) => `an invalid anti_replay '${v}'`,
  invalidEnum9: () => `keeps the default (time)`,
  invalidEnum37: () => `matches the parameters exactly`,
  invalidEnum10: (v: Arg) => `an invalid mode '${v}'`,
  invalidEnum11: () => `keeps the default (enforce)`,
  invalidEnum12: (fix: Arg) => ` keepalived compares case-sensitively, so it must be written '${fix}'.`,
  invalidEnum13: () => ` 'Route' is how ipvsadm *prints* direct routing (DR); keepalived needs 'DR'.`,
  invalidEnum14: (t: Arg, fix: Arg) => ` '${t}' is ipvsadm's name for it; keepalived needs '${fix}'.`,
  invalidEnum15: (fix: Arg) => ` Did you mean '${fix}'?`,
  invalidEnum16: (t: Arg, kwName: Arg, list: Arg, spec: Arg, then: Arg, why: Arg) => `'${t}' is not a valid ${kwName} (${list}); keepalived reports ${spec} and ${then}.${why}`,
  invalidEnum17: (w: Arg) => `'${w}' needs a value; keepalived reports it and ignores the tunnel settings.`,
  invalidEnum18: (v: Arg) => `'${v}' is not a tunnel type (ipip, gue or gre); keepalived reports "Unknown tunnel type" and ignores the tunnel settings.`,
  invalidEnum19: (w: Arg) => `'${w}' is not a tunnel option (type, port, nocsum, csum, remcsum); keepalived reports "Invalid tunnel option" and ignores the tunnel settings.`,
  invalidEnum20: () => `gue tunnels need 'port N' and other tunnel types cannot have one; keepalived reports it and ignores the tunnel settings.`,
  invalidEnum21: () => `ipip tunnels do not support checksum options; keepalived reports it and ignores the tunnel settings.`,
  invalidEnum22: () => `gre tunnels do not support remcsum; keepalived reports it and ignores the tunnel settings.`,
  invalidEnum23: (t: Arg) => `A bare sync id is read, but keepalived reports "Please use keyword "id" before lvs_sync_daemon SYNCID"; write 'id ${t}'.`,
  invalidEnum38: () => `lvs_sync_daemon option`,
  invalidEnum39: () => `it as an invalid sync id`,
  invalidEnum40: () => `ignores it`,
  invalidEnum25: (t: Arg) => `'${t}' is not a umask (an octal number like 0022, at most 0777, or names like IWGRP|IWOTH); keepalived reports "invalid umask value" and ignores it.`,
  invalidEnum41: () => `umask bit`,
  invalidEnum42: () => `the umask as invalid`,
  invalidEnum43: () => `ignores it`,
  invalidEnum26: (word: Arg, word2: Arg) => `Only the first include_check word may stand alone; later ones need '+' or '-' (e.g. '+${word}'). keepalived reports "Duplicate include_check '${word2}' specified - ignoring".`,
  invalidEnum44: () => `include_check type`,
  invalidEnum45: () => `ignores the word`,
  invalidEnum46: () => `lvs_timeouts option`,
  invalidEnum47: () => `ignores it`,
  invalidEnum48: () => `weight option`,
  invalidEnum49: () => `ignores the weight`,
  invalidEnum50: () => `does not reverse the weight`,

  // rules/values/ipAddress.ts
  ipAddress: (textV: Arg, addressHint: Arg) => `'${textV}' is not a valid address${addressHint}`,
  ipAddress2: (address: Arg, familyOf: Arg, addressHint: Arg) => `'${address}' is not a valid IPv${familyOf} address${addressHint}`,
  ipAddress3: () => ` (an octet is missing)`,
  ipAddress4: () => ` (the port goes in a separate word: ADDRESS PORT)`,
  ipAddress5: () => ` (octets must not have leading zeros)`,
  ipAddress6: () => ` (keepalived does not accept a %scope suffix here)`,
  ipAddress7: (textV: Arg) => ` (remove the trailing '${textV}')`,
  ipAddress8: () => ` (a host name is not accepted here; write an IP address)`,

  // rules/values/itemSyntax.ts
  itemSyntax: (prefix: Arg, what: Arg, prefixMax: Arg, prefixMax2: Arg) => `'/${prefix}' is not a valid prefix length for ${what} (0-${prefixMax}); keepalived reports "Invalid address prefix len" and uses /${prefixMax2}.`,
  itemSyntax2: (notAnAddress: Arg, consequence: Arg) => `${notAnAddress}; keepalived reports "invalid IP" and ${consequence}.`,
  itemSyntax72: () => `an address`,
  itemSyntax73: () => `ignores this address`,
  itemSyntax3: (w: Arg, w2: Arg, addrTok: Arg) => `'${w}' needs a value; keepalived reports "No ${w2} parameter specified" and drops the address ${addrTok}.`,
  itemSyntax4: (addrTok: Arg) => `'dev' is given twice; keepalived reports it and drops the address ${addrTok}.`,
  itemSyntax5: (value: Arg) => `'${value}' is not a scope (host, link, site, global, nowhere or 0-255); keepalived reports it and ignores the scope.`,
  itemSyntax6: () => `IPv6 addresses cannot have a scope; keepalived reports it and ignores the scope.`,
  itemSyntax7: (addrTok: Arg) => `IPv6 addresses have no broadcast address; keepalived reports it and drops the address ${addrTok}.`,
  itemSyntax8: (value: Arg, addrTok: Arg) => `'${value}' is not a broadcast address (an IPv4 address, '+' or '-'); keepalived reports it and drops the address ${addrTok}.`,
  itemSyntax9: (value: Arg, prefixLen: Arg, prefixLen2: Arg) => `'brd ${value}' computes the broadcast from the prefix, but /${prefixLen} has none; keepalived reports "Address prefix length ${prefixLen2} too long for broadcast". Give the address its real prefix (e.g. /24).`,
  itemSyntax10: (value: Arg, textLength: Arg, addrTok: Arg) => `The label '${value}' is ${textLength} characters; labels must be shorter than 16, so keepalived reports it and drops the address ${addrTok}.`,
  itemSyntax11: () => `IPv6 addresses cannot have a label; keepalived reports it and ignores the label.`,
  itemSyntax12: () => `A second 'peer'; keepalived reports it and ignores it.`,
  itemSyntax13: (value: Arg, addressHint: Arg) => `'${value}' is not a valid peer address${addressHint}; keepalived reports "Invalid peer address" and ignores it.`,
  itemSyntax14: (value: Arg, family: Arg, family2: Arg) => `The peer ${value} is IPv${family} but the address is IPv${family2}; keepalived reports it and ignores the peer.`,
  itemSyntax15: (value: Arg) => `preferred_lft must be 'forever' or a number of seconds; keepalived reports "preferred_lft ${value} is invalid" and ignores it.`,
  itemSyntax16: (w: Arg, addrTok: Arg, w2: Arg, w3: Arg) => `Only one address per line: keepalived reads '${w}' as an option of ${addrTok}, reports "Unknown configuration entry '${w2}' for ip address - ignoring", and ${w3} is never added. Put each address on its own line.`,
  itemSyntax17: (w: Arg, list: Arg, w2: Arg) => `'${w}' is not an option of a ${list} entry; keepalived reports "Unknown configuration entry '${w2}' for ip address - ignoring".`,
  itemSyntax18: (notAnAddress: Arg) => `${notAnAddress}; keepalived reports "malformed unicast peer address" and skips this peer.`,
  itemSyntax19: (dropped: Arg, address: Arg) => `keepalived ignores '${dropped}' in a unicast peer address; the peer is ${address}.`,
  itemSyntax20: (w: Arg, w2: Arg) => `'${w}' needs a value; keepalived reports "${w2} is missing a value".`,
  itemSyntax21: (w: Arg) => `'${w}' is not a unicast_peer option (only min_ttl and max_ttl); keepalived ignores it and the rest of the line.`,
  itemSyntax22: (w: Arg) => `'${w}' in a route needs a value`,
  itemSyntax23: () => `This route mixes IPv4 and IPv6 addresses; keepalived reports "Cannot mix IPv4 and IPv6 addresses for route" and ignores the route.`,
  itemSyntax24: () => `'gw' in routes is deprecated; keepalived reports "\\"gw\\" for routes is deprecated" - use 'via'.`,
  itemSyntax25: () => `'or' in routes is deprecated; keepalived reports "\\"or\\" for routes is deprecated" - use 'nexthop'.`,
  itemSyntax26: (v: Arg, word: Arg, addressHint: Arg) => `'${v}' is not a valid address for '${word}'${addressHint}; keepalived reports it and ignores the whole route.`,
  itemSyntax27: (v: Arg, addressHint: Arg) => `'${v}' is not a valid 'from' address${addressHint}; keepalived reports it and ignores the whole route.`,
  itemSyntax28: (prefix: Arg, prefixMax: Arg, prefixMax2: Arg) => `'/${prefix}' is not a valid prefix length (0-${prefixMax}); keepalived reports it and uses /${prefixMax2}.`,
  itemSyntax29: () => `'from' in a route is only supported for IPv6; keepalived reports it and ignores the whole route.`,
  itemSyntax30: (word: Arg) => `The route ${word} must be a number 0-4294967295; keepalived reports "Invalid metric" and ignores the whole route.`,
  itemSyntax31: (v: Arg) => `'${v}' is not a scope (host, link, site, global, nowhere or a number); keepalived reports it and ignores the whole route.`,
  itemSyntax32: (notAnAddress: Arg, d: Arg) => `${notAnAddress}; keepalived reports "unknown route keyword ${d}" and ignores the whole route.`,
  itemSyntax33: (d: Arg, d2: Arg) => `'${d}' is neither a route option nor a destination; keepalived reports "unknown route keyword ${d2}" and ignores the whole route.`,
  itemSyntax34: (prefix: Arg, prefixMax: Arg, prefixMax2: Arg) => `'/${prefix}' is not a valid prefix length (0-${prefixMax}); keepalived reports "Invalid address prefix len" and uses /${prefixMax2}.`,
  itemSyntax35: () => `This route has no destination; keepalived reports "Route must have a destination" and ignores it.`,
  itemSyntax36: (protocol: Arg) => `keepalived tracks this route and therefore sets its protocol to 'keepalived'; it reports "Route cannot be tracked if protocol is not RTPROT_KEEPALIVED" and ignores 'protocol ${protocol}'. Add 'no_track' to keep your protocol.`,
  itemSyntax37: (dest: Arg) => `keepalived 2.2 cannot track a route without 'dev': it reports "Warning - cannot track route ${dest} with no interface specified, not tracking". Add 'dev IFNAME', or 'no_track' if you do not want it tracked.`,
  itemSyntax38: (w: Arg) => `'${w}' in a rule needs a value`,
  itemSyntax39: (word: Arg) => `'${word}' contradicts the addresses of this rule; keepalived reports it and ignores the rule.`,
  itemSyntax40: (word: Arg) => `'${word}' is not a rule action (use table, goto, nop, blackhole, unreachable or prohibit); keepalived reports "Invalid rule action" and ignores the rule.`,
  itemSyntax41: (word: Arg, word2: Arg) => `'${word}' is not a rule option; keepalived reports "Unknown rule option ${word2}" and ignores the rule.`,
  itemSyntax42: (notAnAddress: Arg, word: Arg, v: Arg) => `${notAnAddress}; keepalived reports "Invalid rule ${word} address ${v}" and ignores the rule.`,
  itemSyntax43: (prefix: Arg, prefixMax: Arg, prefixMax2: Arg) => `'/${prefix}' is not a valid prefix length (0-${prefixMax}); keepalived reports it and uses /${prefixMax2}.`,
  itemSyntax44: () => `This rule mixes IPv4 and IPv6; keepalived reports it and ignores the rule.`,
  itemSyntax45: () => `Table 0 is not valid; keepalived reports it and ignores the rule.`,
  itemSyntax46: (word: Arg) => `The rule ${word} must be a number 0-4294967295; keepalived reports "Invalid rule preference" and ignores the rule.`,
  itemSyntax47: () => `The goto target must be a number; keepalived reports it and ignores the rule.`,
  itemSyntax48: (v: Arg) => `'${v}' is not a rule type (goto, nop, blackhole, unreachable, prohibit); keepalived reports it and ignores the rule.`,
  itemSyntax49: () => `A rule with 'goto' needs a preference lower than its target; keepalived reports it and ignores the rule.`,
  itemSyntax50: () => `This rule has no action (table N, goto, nop, blackhole, unreachable or prohibit); keepalived reports "No action specified for rule - ignoring".`,
  itemSyntax51: () => `This rule has no preference; keepalived picks one itself (counting down from 16384 for IPv4) and reports "This is probably not what you want". Add 'preference N' so the order of your rules is explicit.`,
  itemSyntax52: () => `'fwmark' needs a mark number`,
  itemSyntax53: () => `The fwmark must be a number 0-4294967295; keepalived reports it and ignores this entry.`,
  itemSyntax54: (famTok: Arg) => `'${famTok}' is not an address family (inet or inet6); keepalived reports it and ignores this entry.`,
  itemSyntax55: (notAnAddress: Arg) => `${notAnAddress}; keepalived reports "Invalid virtual server group IP address" and skips this entry.`,
  itemSyntax56: () => `The port must be a number 1-65535; keepalived reports it and skips this entry.`,
  itemSyntax57: (maskText: Arg, max: Arg) => `'/${maskText}' is not a valid prefix here (1-${max}); keepalived reports "Invalid netmask" and skips this entry.`,
  itemSyntax58: (address: Arg, bits: Arg) => `${address}/${bits} has host bits set; keepalived reports "Address mask bits not empty" and skips this entry. Use the network address.`,
  itemSyntax59: (end: Arg) => `The range end '${end}' is not a valid address; keepalived reports "Invalid range end" and skips this entry.`,
  itemSyntax60: (addrTok: Arg, last: Arg) => `The range '${addrTok}' must end with a last octet greater than ${last} and at most 255; keepalived reports it and skips this entry.`,
  itemSyntax61: (notAnAddress: Arg, value: Arg, keyword: Arg) => `${notAnAddress}; keepalived reports "Invalid ${value} server IP address" and skips the whole ${keyword} block.`,
  itemSyntax62: (dropped: Arg, keyword: Arg, address: Arg) => `keepalived ignores '${dropped}' after a ${keyword} address; the address used is ${address}. Use a virtual_server_group for ranges.`,
  itemSyntax63: (notAnAddress: Arg, keyword: Arg) => `${notAnAddress}; keepalived reports it and ignores '${keyword}'.`,
  itemSyntax64: (keyword: Arg, family: Arg) => `${keyword} needs an IPv${family} address; keepalived reports it and keeps the default group.`,
  itemSyntax65: (address: Arg, value: Arg, keyword: Arg) => `${address} is not a${value} multicast address; keepalived reports it and ignores '${keyword}'.`,
  itemSyntax74: () => ` link-local`,
  itemSyntax66: (dropped: Arg, keyword: Arg, address: Arg) => `keepalived ignores '${dropped}' in '${keyword}'; the address used is ${address}.`,
  itemSyntax67: (notAnAddress: Arg) => `${notAnAddress}; keepalived reports it and ignores the group.`,
  itemSyntax68: (address: Arg) => `${address} is not a multicast address; keepalived reports "lvs_sync_daemon group address ... is not multicast" and ignores it.`,
  itemSyntax69: () => `For an IPv6 service persistence_granularity is a prefix length 1-128; keepalived reports "Invalid IPv6 persistence_granularity" and ignores it.`,
  itemSyntax70: () => `persistence_granularity must be a netmask such as 255.255.255.0; keepalived reports "Invalid IPv4 persistence_granularity" and ignores it.`,
  itemSyntax71: (a: Arg, prefix: Arg, value: Arg) => `keepalived reads '${a}' as the netmask 0.0.0.${prefix}, not as a prefix length${value}.`,
  itemSyntax75: (mask: Arg, prefix: Arg) => `; write ${mask} for /${prefix}`,

  // rules/values/messages.ts
  messages: (what: Arg, kw: Arg) => `${what}; keepalived stops reading the configuration here ("Configuration line starting \`${kw}\` is missing a parameter") and exits with status 2, so nothing after this line is checked by keepalived.`,
  messages2: (what: Arg) => `${what}; keepalived crashes on this (segmentation fault) instead of reporting it.`,

  // rules/values/missingArgument.ts
  missingArgument: (name: Arg, syntax: Arg) => `'${name}' needs a value (${syntax})`,
  missingArgument2: (what: Arg) => `${what}; keepalived ignores the line without a message.`,
  missingArgument3: (what: Arg, nf: Arg) => `${what}; keepalived reports "${nf}" and ignores the line.`,
  missingArgument4: () => `'bfd_instance' needs a name`,
  missingArgument5: () => `'virtual_server' needs an address and port, 'fwmark N' or 'group NAME'`,
  missingArgument6: () => `'real_server' needs an address and port`,
  missingArgument7: (name: Arg) => `'${name}' needs a name`,
  missingArgument8: (first: Arg, value: Arg) => `'virtual_server ${first}' needs ${value}`,
  missingArgument11: () => `a mark number`,
  missingArgument12: () => `the name of a virtual_server_group`,
  missingArgument9: (first: Arg, textV: Arg) => `'virtual_server_group ${first}' must be followed directly by '{'; keepalived aborts on the extra word '${textV}' ("Configuration line starting \`***MISSING ***\` is missing a parameter") and exits with status 2, so nothing after this line is checked by keepalived.`,
  missingArgument10: () => `Remove the extra words`,

  // rules/values/numberItems.ts
  numberItems15: () => `ignores this timeout`,
  numberItems16: () => `ignores this timeout`,
  numberItems17: () => `ignores this timeout`,
  numberItems: () => `uses the instance's virtual_router_id`,
  numberItems18: () => `ignores it`,
  numberItems19: () => `ignores it`,
  numberItems20: () => `ignores it`,
  numberItems2: () => `The vrrp_garp_extra_if interval`,
  numberItems3: () => `The vrrp_vmac_garp_intvl interval`,
  numberItems21: () => `ignores the line`,
  numberItems4: () => `The garp_extra_if interval`,
  numberItems22: () => `ignores the line`,
  numberItems5: () => `The vmac_garp_intvl interval`,
  numberItems23: () => `ignores the line`,
  numberItems6: () => `The SMTP port`,
  numberItems24: () => `ignores the line`,
  numberItems7: () => `The sorry_server port`,
  numberItems25: () => `ignores the smtp_server line`,
  numberItems26: () => `skips the sorry server`,
  numberItems8: (name: Arg, target: Arg) => `The weight of ${name} item '${target}'`,
  numberItems9: () => `ignores the weight (the default weight is used)`,
  numberItems10: (name: Arg) => `The CPU number in ${name}`,
  numberItems27: () => `ignores the whole line`,
  numberItems28: () => `ignores the peer`,
  numberItems12: () => `The fwmark`,
  numberItems29: () => `skips the whole virtual_server block`,
  numberItems13: (what: Arg) => `The ${what} port`,
  numberItems14: (what: Arg) => `skips the whole ${what} block`,

  // rules/values/numberParsing.ts
  numberParsing: () => `no upper limit`,

  // rules/values/numbers.ts
  numbers: (min: Arg) => `at least ${min}`,
  numbers2: (low: Arg, high: Arg) => `between ${low} and ${high}`,
  numbers3: (def: Arg) => `ignores it (the default, ${def}, stays)`,
  numbers10: () => `ignores it`,
  numbers4: () => ` (keepalived only logs this; \`keepalived -t\` stays silent)`,
  negativeNumber: (subject: Arg, textV: Arg, consequence: Arg, logNote: Arg) => `${subject} cannot be negative; keepalived reports "negative number '${textV}'" and ${consequence}.${logNote}`,
  numbers5: (value: Arg) => ` Write the bare number${value}, without a unit.`,
  numbers11: () => ` of seconds`,
  numbers6: () => ` This keyword takes whole numbers only.`,
  invalidNumber: (subject: Arg, textV: Arg, value: Arg, consequence: Arg, hint: Arg, logNote: Arg) => `${subject} '${textV}' is not a valid ${value}; keepalived reports "invalid number" and ${consequence}.${hint}${logNote}`,
  invalidNumber2: () => `whole number`,
  outOfRange2: (subject: Arg, describeRange: Arg, textV: Arg, consequence: Arg, logNote: Arg) => `${subject} must be ${describeRange}; keepalived reports '${textV}' as outside the range and ${consequence}.${logNote}`,
  tooManyDecimals3: (subject: Arg, value: Arg, rounded: Arg, logNote: Arg) => `${subject} takes at most ${value} decimal places; keepalived reports "too many decimal places" and uses ${rounded}.${logNote}`,
  numbers7: () => ` is accepted only for backwards compatibility`,
  numbers8: () => ` is not allowed`,
  outOfRange3: (subject: Arg, textV: Arg, why: Arg, becomes: Arg, logNote: Arg) => `${subject} ${textV}${why}; keepalived reports it and uses ${becomes} instead.${logNote}`,
  numbers9: (replacement: Arg) => `Change to ${replacement}`,

  // rules/values/numberSpecs.ts
  numberSpecs: () => `ignores it; without a valid virtual_router_id the instance fails with "the virtual router id must be set"`,
  numberSpecs7: () => `uses the default priority 100 instead`,
  numberSpecs8: () => `ignores it and keeps the default of 1 second`,
  numberSpecs2: () => `ignores it (no preempt delay)`,
  numberSpecs9: () => `ignores it`,
  numberSpecs3: () => `keeps the default (no minimum gap between gratuitous ARPs)`,
  numberSpecs10: () => `ignores it and keeps the default of 30 seconds`,
  numberSpecs4: () => `keeps the default (no minimum gap between neighbour advertisements)`,
  numberSpecs11: () => `still stores the value`,
  numberSpecs5: () => `ignores it and keeps the virtual server's weight (default 1)`,
  numberSpecs12: () => `uses 1 instead`,
  numberSpecs6: () => `ignores it (the real server's port is checked)`,

  // rules/values/semicolon.ts
  semicolonInValue: (t: Arg, describe: Arg, value: Arg) => `keepalived does not use ';' to end statements: this value is '${t}' (with the ';'), so ${describe}.${value}`,
  semicolonInValue3: (keyword: Arg) => ` The words after it on this line are not a new statement either: they are more arguments of '${keyword}'. Put each statement on its own line.`,
  semicolonInValue4: () => ` Remove the ';'.`,
  semicolonInValue2: () => `Remove the ';'`,
  semicolon: (t: Arg) => `keepalived looks for an interface called '${t}' that does not exist`,
  semicolon4: () => `keepalived reports an invalid number and ignores it`,
  semicolon2: () => `keepalived cannot parse the address (or prefix) and reports it`,
  semicolon5: () => `keepalived does not recognise it and falls back to its default`,
  semicolon3: (t: Arg) => `keepalived uses '${t}' literally`,

  // rules/values/smtpServer.ts
  smtpServer: () => `has [brackets] around the address`,
  smtpServer2: () => `has a /prefix (the mail server is one host)`,
  smtpServer5: () => `is not a valid IPv6 address`,
  smtpServer3: () => `has a %scope, which only IPv6 addresses can have`,
  smtpServer6: () => `has a range after the address`,
  smtpServer4: () => `is not a valid IPv4 address (nor a host name)`,
  invalidSmtpServer: (t: Arg, why: Arg, t2: Arg, port: Arg) => `'${t}' ${why}; keepalived cannot resolve it, reports "Invalid smtp server ${t2} ${port}" and ignores the line, so alert emails have no server to go to.`,

  // rules/values/statusCode.ts
  invalidStatusCode: (value: Arg, value2: Arg) => ` Write ranges as FROM-TO, e.g. '${value}00-${value2}99'.`,
  invalidStatusCode2: (t: Arg, hint: Arg) => `'${t}' is not a status code or range between 100 and 599; keepalived reports "Invalid HTTP_GET status code" and ignores it (with no valid code the check expects 200-299).${hint}`,

  // rules/values/trackItems.ts
  invalidTrackOption: (target: Arg, word: Arg, target2: Arg, value: Arg) => `After '${target}' keepalived expects 'weight N'; it reports the unknown option '${word}' and ignores this whole entry, so '${target2}' is not tracked.${value}`,
  invalidTrackOption8: (word: Arg) => ` Write 'weight ${word}'.`,
  invalidTrackOption2: (target: Arg) => `'weight' needs a value; keepalived reports it and ignores this entry, so '${target}' is not tracked.`,
  invalidTrackOption3: (option: Arg, list: Arg, options: Arg, value: Arg) => `'${option}' is not a weight option of ${list} (only ${options}); keepalived reports it and ${value}.`,
  invalidTrackOption7: () => `ignores the word`,
  invalidTrackOption9: () => ` or `,
  invalidTrackOption10: (target: Arg) => `ignores the entry, so '${target}' is not tracked`,
  invalidTrackOption4: (value: Arg, list: Arg) => `keepalived ignores '${value}' at the end of this ${list} entry without a message.`,
  invalidTrackOption5: () => `Insert 'weight'`,

  // rules/values/valueTooLong.ts
  valueTooLong: (name: Arg, textLength: Arg, max: Arg, kept: Arg) => `${name} is ${textLength} characters; keepalived keeps only the first ${max} ('${kept}') and reports that it truncates it.`,
  valueTooLong2: (kept: Arg) => `Shorten to '${kept}'`,
};

export type Messages = typeof en;
