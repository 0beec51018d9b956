/**
 * checkProject over deliberately broken mini-projects (test/fixtures/broken/<case>/, each the valid
 * fixture with a few mistakes) and one valid project: every message, exactly, with its location.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject, formatProblem, loadProject } from '@caf-forms/toolchain';

const fixtures = resolve(import.meta.dirname, '../../../test/fixtures');
const problemsOf = (name: string, folder = 'broken') => checkProject(loadProject(resolve(fixtures, folder, name))).map(formatProblem);

describe('checkProject', () => {
  it('finds no problem in a valid project that uses every kind of reference', () => {
    expect(problemsOf('valid', '.')).toEqual([]);
  });

  it('malformed-json: a trailing comma in a rule file and a scenario missing its closing brace', () => {
    expect(problemsOf('malformed-json')).toEqual([
      'rules/review/rules.json:14:80: this is not valid JSON: remove this trailing comma',
      'rules/review/scenarios/sixteen-year-old.json:11:1: this is not valid JSON: expected "}": the { at line 1, column 1 is never closed',
    ]);
  });

  it('missing-files: a form without uischema.json and a project without rules/outcomes.json', () => {
    expect(problemsOf('missing-files')).toEqual([
      'forms/family-review/uischema.json:1:1: missing file: every form folder needs a uischema.json (JSON Forms UI schema)',
      'rules/outcomes.json:1:1: missing file: the outcome catalogue rules/outcomes.json is needed',
    ]);
  });

  it('meta-schema: unknown property, missing required properties, enum, pattern, a data fact with params and anyOf noise collapsed', () => {
    expect(problemsOf('meta-schema')).toEqual([
      'forms/family-review/manifest.json:5:14: "1.0" is not in the expected form: a version number major.minor.patch, such as 1.0.0',
      'rules/outcomes.json:9:5: missing required property "title" (A short heading, as the practitioner sees it.)',
      'rules/outcomes.json:20:19: "urgent" is not an allowed value: allowed values are "info", "action", "warning", "blocker"',
      'rules/review/rules.json:53:5: missing required property "description" (What the rule does, in plain English, including any choice made where the guidance is ambiguous.)',
      'rules/review/rules.json:54:7: unknown property "decription": allowed properties are "description", "source", "forEach", "priority", "conditions", "event", "message", "pointsAt"; did you mean "description"?',
      'rules/review/rules.json:62:72: "notEquals" is not in the expected form: equal, notEqual, in, notIn, contains, doesNotContain, lessThan(Inclusive), greaterThan(Inclusive), before, onOrBefore, after, onOrAfter (dates), present (value true: answered; false: not answered); did you mean "notEqual" or "equal"?',
      'rules/review/rules.json:78:55: "params" is not allowed here',
      'rules/review/scenarios/copy-not-sent.json:13:17: must be a string or an object, not a whole number',
      'rules/review/scenarios/copy-not-sent.json:13:54: unknown property "pth": allowed properties are "type", "path", "params"; did you mean "path"?',
    ]);
  });

  it('form-schema-invalid: a form schema that is not valid draft-07', () => {
    expect(problemsOf('form-schema-invalid')).toEqual([
      'forms/family-review/schema.json:32:32: not valid JSON Schema draft-07: "bool" is not an allowed value: allowed values are "array", "boolean", "integer", "null", "number", "object", "string"; did you mean "boolean"?',
      'forms/family-review/schema.json:40:52: not valid JSON Schema draft-07: must be at least 0',
    ]);
  });

  it('form-schema-compile: a form schema with a keyword strict mode rejects', () => {
    expect(problemsOf('form-schema-compile')).toEqual([
      'forms/family-review/schema.json:61:73: unknown keyword "sensitive": a schema may use JSON Schema draft-07 keywords, errorMessage and x-sensitive; did you mean "x-sensitive"?',
    ]);
  });

  it('form-schema-ref: a $ref to a definition that does not exist', () => {
    expect(problemsOf('form-schema-ref')).toEqual([
      'forms/family-review/schema.json:52:37: $ref "#/definitions/domian" does not lead to a definition in this schema',
    ]);
  });

  it('manifest: a manifest id that differs from its folder, and an unknown rule set', () => {
    expect(problemsOf('manifest')).toEqual([
      'forms/family-review/manifest.json:3:9: the id "family-reveiw" must equal the form\'s folder name "family-review"',
      'forms/family-review/manifest.json:7:23: there is no rule set "reveiw" (no rules/reveiw/rules.json); did you mean "review"?',
    ]);
  });

  it('ui-scopes: UI-schema scopes (top level, inside options.detail, rule conditions, through a string, not a property scope), element types, rule effects, a Control without scope', () => {
    expect(problemsOf('ui-scopes')).toEqual([
      'forms/family-review/uischema.json:15:17: a Control needs a "scope": the property it shows, such as "#/properties/name"',
      'forms/family-review/uischema.json:22:51: scope "#/properties/domains/properties/learnng/properties/rating" does not lead to a property of the schema: there is no property "learnng" at #/properties/domains; did you mean "learning"?',
      'forms/family-review/uischema.json:26:47: scope "#/properties/mentalHealth/properties/notes" does not lead to a property of the schema: #/properties/mentalHealth is a string, so it has no property "notes"',
      'forms/family-review/uischema.json:37:39: scope "#/properties/tacMeetinDate" does not lead to a property of the schema: there is no property "tacMeetinDate" at the top level; did you mean "tacMeetingDate"?',
      'forms/family-review/uischema.json:41:31: "SHOWN" is not a rule effect: use one of "SHOW", "HIDE", "ENABLE", "DISABLE"; did you mean "SHOW"?',
      'forms/family-review/uischema.json:41:64: scope "#/properties/children/items/properties/nam" does not lead to a property of the schema: there is no property "nam" at #/properties/children/items; did you mean "name"?',
      'forms/family-review/uischema.json:49:19: "Contol" is not a UI-schema element: use one of "VerticalLayout", "HorizontalLayout", "Group", "Categorization", "Category", "Control", "Label"; did you mean "Control"?',
      'forms/family-review/uischema.json:50:39: scope "#/definitions/rating" must be "#" or "#/properties/<name>", followed by more /properties/<name> or /items',
    ]);
  });

  it('rule-paths: data paths (relative and absolute), date parameters, event parameters, count patterns and pointsAt that do not resolve; a * in a data path', () => {
    expect(problemsOf('rule-paths')).toEqual([
      'rules/review/rules.json:37:40: /children/*/dateOfBrith is not in the form schema: there is no property "dateOfBrith" at /children/*; did you mean "dateOfBirth"?',
      'rules/review/rules.json:37:63: at must point at a date, but /children/*/name is a string without "format": "date"',
      'rules/review/rules.json:46:45: /children/*/nmae is not in the form schema: there is no property "nmae" at /children/*; did you mean "name"?',
      'rules/review/rules.json:51:37: "3/children" climbs above the record: inside forEach /children/*, 0/… is the item',
      'rules/review/rules.json:63:50: /children/*/suport/* is not in the form schema: there is no property "suport" at /children/*; did you mean "support"?',
      'rules/review/rules.json:68:20: /assessmentCopySend is not in the form schema: there is no property "assessmentCopySend" at the top level; did you mean "assessmentCopySent"?',
      'rules/review/rules.json:82:41: /children/0/domains/health/rating/0 is not in the form schema: /children/0/domains/health/rating is a string, not a list',
      'rules/review/rules.json:83:41: "/children/*/support" has a "*", but only count and forEach read patterns: this reads the one answer under a key named "*"',
    ]);
  });

  it('rule-foreach: a forEach over an object, and every relative path below it', () => {
    expect(problemsOf('rule-foreach')).toEqual([
      'rules/review/rules.json:32:18: forEach runs once per item of a list, but /children/*/domains is an object',
      'rules/review/rules.json:37:40: /children/*/domains/*/dateOfBirth is not in the form schema: there is no property "dateOfBirth" at /children/*/domains/*: the properties there are rating, notes',
      'rules/review/rules.json:46:45: /children/*/domains/*/name is not in the form schema: there is no property "name" at /children/*/domains/*: the properties there are rating, notes',
      'rules/review/rules.json:47:69: /children/*/domains/*/dateOfBirth is not in the form schema: there is no property "dateOfBirth" at /children/*/domains/*: the properties there are rating, notes',
      'rules/review/rules.json:51:20: /children/*/domains/*/dateOfBirth is not in the form schema: there is no property "dateOfBirth" at /children/*/domains/*: the properties there are rating, notes',
    ]);
  });

  it('rule-values: condition values and count values of the wrong type or not allowed, and an unknown setting', () => {
    expect(problemsOf('rule-values')).toEqual([
      'rules/review/rules.json:14:75: "rde" is not an allowed value of /children/*/domains/*/rating: allowed values are "red", "amber", "green"',
      'rules/review/rules.json:39:63: there is no local setting "ownConsentAges" in rules/local-settings.json; did you mean "ownConsentAge"?',
      'rules/review/rules.json:61:90: "2026-02-30" is not a real date',
      'rules/review/rules.json:62:93: "yes" is a string, but /assessmentCopySent is true or false',
      'rules/review/rules.json:63:101: "social-worker" is not an allowed value of /children/*/support/*: allowed values are "school-nurse", "family-worker", "youth-service"',
      'rules/review/rules.json:63:157: greaterThan compares numbers: "0" is a string',
      'rules/review/rules.json:82:105: in needs a list of values to look in, such as ["red"], not a string',
      'rules/review/rules.json:83:103: "familyworker" is not an allowed value of an item of /children/0/support: allowed values are "school-nurse", "family-worker", "youth-service"',
      'rules/review/rules.json:90:82: date must point at a date, but /issueResolved is true or false',
    ]);
  });

  it('outcomes: an event type not in the catalogue, and catalogued outcomes no rule produces', () => {
    expect(problemsOf('outcomes')).toEqual([
      'rules/outcomes.json:4:5: the outcome "review-overdue" is not produced by any rule: remove it or write the rule',
      'rules/outcomes.json:19:5: the outcome "send-assessment-copy" is not produced by any rule: remove it or write the rule',
      'rules/review/rules.json:66:26: the outcome "send-assesment-copy" is not in rules/outcomes.json; did you mean "send-assessment-copy"?',
      'rules/review/scenarios/copy-not-sent.json:13:27: no rule of form "family-review" (rule sets "review") produces the outcome "send-assessment-copy"',
      'rules/review/scenarios/three-red-domains.json:22:16: no rule of form "family-review" (rule sets "review") produces the outcome "send-assessment-copy"',
    ]);
  });

  it('sources: a quote that differs from its document, a missing document, an invented quote; a straight apostrophe for a typographic one is fine', () => {
    expect(problemsOf('sources')).toEqual([
      'rules/review/rules.json:8:18: the quote is not word for word in case-coordinator-guidance.md: it follows the document up to "…domains within the stage", where the quote has "3 Family assessment it is imperative" but the document has "three Family assessment it is imperative"',
      'rules/review/rules.json:29:21: there is no guidance document "case-co-ordinator-guidance.md" in docs/guidance/; did you mean "case-coordinator-guidance.md"?',
      'rules/review/rules.json:57:18: the quote is not word for word in case-coordinator-guidance.md; the closest sentence is "Parents, carers and young people must always be invited to attend a TAC meeting."',
    ]);
  });

  it('messages: message placeholders that are not event parameters', () => {
    expect(problemsOf('messages')).toEqual([
      'rules/review/rules.json:50:18: {nam} in the message is not an event parameter: its parameters are "name", "age"; did you mean "name"?',
      'rules/review/rules.json:67:18: {date} in the message is not an event parameter: its parameters are "meetingDate"; did you mean "meetingDate"?',
    ]);
  });

  it('scenarios (and a rule set no form uses): unknown form, a form that does not use the scenario\'s rule set, given data invalid against the form schema, expected outcomes not catalogued or not produced, bad paths and dates; a partial scenario is not validated', () => {
    expect(problemsOf('scenarios')).toEqual([
      'rules/panel/rules.json:1:1: no form uses the rule set "panel": name it in a form\'s manifest "rules", or its rules never run',
      'rules/panel/scenarios/unresolved.json:5:11: form "family-review" does not use the rule set "panel" (it uses "review"), so this scenario cannot test its rules',
      'rules/panel/scenarios/unresolved.json:9:27: no rule of form "family-review" (rule sets "review") produces the outcome "take-case-to-allocation-panel"',
      'rules/review/scenarios/copy-not-sent.json:6:12: "2026-02-29" is not a real date',
      'rules/review/scenarios/copy-not-sent.json:13:59: "/assessment~2CopySent" is not a well-formed JSON Pointer: "~" must be written ~0 and "/" inside a name ~1',
      'rules/review/scenarios/half-filled.json:11:71: no rule of form "family-review" (rule sets "review") produces the outcome "take-case-to-allocation-panel"',
      'rules/review/scenarios/sixteen-year-old.json:7:58: given/children/0/dateOfBirth: Date of birth must be a real date',
      'rules/review/scenarios/sixteen-year-old.json:7:84: given/children/0/support/0: "social-worker" is not an allowed value: allowed values are "school-nurse", "family-worker", "youth-service"',
      'rules/review/scenarios/sixteen-year-old.json:7:104: given/children/1/dateOfBirth: Enter the child\'s date of birth',
      'rules/review/scenarios/sixteen-year-old.json:9:57: /children/0/dateOfBith is not in the schema of form "family-review": there is no property "dateOfBith" at /children/0; did you mean "dateOfBirth"?',
      'rules/review/scenarios/sixteen-year-old.json:9:95: the outcome "own-consent-needed" has no parameter "nme": its rules give "name", "age"; did you mean "name"?',
      'rules/review/scenarios/sixteen-year-old.json:10:16: the outcome "own-consent-required" is not in the outcome catalogue; did you mean "own-consent-needed"?',
      'rules/review/scenarios/three-red-domains.json:5:11: there is no form "family-reveiw" in forms/; did you mean "family-review"?',
    ]);
  });

  it('error-messages: errorMessage entries that would silently never show, and templates that would show as written', () => {
    expect(problemsOf('error-messages')).toEqual([
      'forms/family-review/schema.json:45:31: the message for "fromat" never shows: this schema has no "fromat" keyword; did you mean "format"?',
      'forms/family-review/schema.json:66:13: the message for "dateOfBrith" never shows: "dateOfBrith" is not required here; did you mean "dateOfBirth"?',
      'forms/family-review/schema.json:74:47: a message is shown as written: "${…}" templates are not filled in, so write the message in full',
      'forms/family-review/schema.json:74:99: the message for "issueResolved" never shows: "issueResolved" is not required here (only a branch requires it: put the message in that branch\'s own errorMessage)',
    ]);
  });

  it('rule-names: two rule sets of one form with a rule of the same name', () => {
    expect(problemsOf('rule-names')).toEqual([
      'rules/panel/rules.json:4:5: the rule name "escalate-unresolved-issue" is also used in rule set "review": form "family-review" uses both, so the names must differ',
    ]);
  });

  it('shared-rule-set: a rule set used by two forms is checked against each, naming the form', () => {
    expect(problemsOf('shared-rule-set')).toEqual([
      'rules/review/rules.json:78:37: /issueResolved is not in the form schema: there is no property "issueResolved" at the top level: the properties there are tacMeetingDate, assessmentCopySent, issueRaisedDate, issueClosed, children (in form "family-review-lite")',
    ]);
  });

  it('form-schema-draft: a form schema that declares another JSON Schema draft', () => {
    expect(problemsOf('form-schema-draft')).toEqual([
      'forms/family-review/schema.json:2:14: a form schema is JSON Schema draft-07: "$schema" must be "http://json-schema.org/draft-07/schema#", not "https://json-schema.org/draft/2020-12/schema"',
    ]);
  });

  it('schema-reference: "$schema" of a definition file that does not lead to its meta-schema', () => {
    expect(problemsOf('schema-reference')).toEqual([
      'forms/family-review/manifest.json:2:14: "$schema" must lead to packages/core/schemas/manifest.schema.json, so that editors check this file as you type: write "../../../../../../packages/core/schemas/manifest.schema.json"',
      'rules/outcomes.json:2:14: "$schema" must lead to packages/core/schemas/outcomes.schema.json, so that editors check this file as you type: write "../../../../../packages/core/schemas/outcomes.schema.json"',
    ]);
  });
});
