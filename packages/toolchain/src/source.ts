/**
 * JSON files with their source positions, so that every problem can be reported as
 * `path:line:column: message` at the exact place an analyst has to look.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parsePointer } from '@caf-forms/core';

export interface SourceFile {
  /** Path as shown to people: relative to the project root, with forward slashes. */
  path: string;
  text: string;
  /** undefined when the text is not valid JSON. */
  tree: Node | undefined;
  value: unknown;
}

export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface Position {
  line: number;
  column: number;
}

export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** Parses strict JSON (no comments, no trailing commas), reporting syntax errors where they are. */
export function parseSource(path: string, text: string): { file: SourceFile; problems: Problem[] } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // After the first syntax error the parser is guessing: later errors mostly follow from it.
  const problems: Problem[] = errors.slice(0, 1).map((error) => {
    // A trailing comma shows up as a missing name or value where the object or list closes: point at the comma.
    const comma = /,\s*$/.exec(text.slice(0, error.offset));
    const trailing = comma !== null && /^\s*[}\]]/.test(text.slice(error.offset));
    const opener = error.offset >= text.trimEnd().length ? unclosedOpener(text) : undefined;
    const where = opener === undefined ? '' : `: the ${text[opener]} at ${formatPosition(positionAt(text, opener))} is never closed`;
    const words = trailing ? 'remove this trailing comma' : describeParseError(printParseErrorCode(error.error)) + where;
    return { file: path, ...positionAt(text, trailing ? comma.index : error.offset), message: `this is not valid JSON: ${words}` };
  });
  const ok = problems.length === 0 && tree !== undefined;
  return { file: { path, text, tree: ok ? tree : undefined, value: ok ? JSON.parse(text) : undefined }, problems };
}

const formatPosition = (position: Position) => `line ${position.line}, column ${position.column}`;

/** The offset of the innermost `{` or `[` still open at the end of the text (strings skipped). */
function unclosedOpener(text: string): number | undefined {
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{' || c === '[') open.push(i);
    else if (c === '}' || c === ']') open.pop();
  }
  return open.at(-1);
}

function describeParseError(code: string): string {
  const words: Record<string, string> = {
    InvalidSymbol: 'unexpected character',
    InvalidNumberFormat: 'malformed number',
    PropertyNameExpected: 'expected a property name in double quotes',
    ValueExpected: 'expected a value',
    ColonExpected: 'expected ":" after the property name',
    CommaExpected: 'expected "," between items',
    CloseBraceExpected: 'expected "}"',
    CloseBracketExpected: 'expected "]"',
    EndOfFileExpected: 'unexpected text after the end of the JSON',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'comments are not allowed in JSON',
    UnexpectedEndOfString: 'a string is not closed',
    UnexpectedEndOfNumber: 'malformed number',
    InvalidUnicode: 'invalid unicode escape',
    InvalidEscapeCharacter: 'invalid escape character',
    InvalidCharacter: 'invalid character in a string',
  };
  return words[code] ?? code;
}

/**
 * The node at a JSON Pointer, or the deepest existing ancestor when the pointer leads to something
 * missing (a missing required property is reported on the object that lacks it).
 */
export function nodeAt(file: SourceFile, pointer: string | readonly string[]): Node | undefined {
  if (!file.tree) return undefined;
  const tokens = typeof pointer === 'string' ? parsePointer(pointer) : pointer;
  for (let length = tokens.length; length >= 0; length--) {
    const segments = tokens.slice(0, length).map((token) => (/^\d+$/.test(token) ? Number(token) : token));
    const node = findNodeAtLocation(file.tree, segments);
    if (node) return node;
  }
  return file.tree;
}

/**
 * Where to point for a value: its property's key when it has one (the analyst's eye lands on the
 * name), or the value itself. `at: 'value'` points at the value even inside a property.
 */
export function locate(file: SourceFile, pointer: string | readonly string[], at: 'key' | 'value' = 'key'): Position {
  const node = nodeAt(file, pointer);
  if (!node) return { line: 1, column: 1 };
  const target = at === 'key' && node.parent?.type === 'property' ? node.parent : node;
  return positionAt(file.text, target.offset);
}

export function problemAt(file: SourceFile, pointer: string | readonly string[], message: string, at: 'key' | 'value' = 'key'): Problem {
  return { file: file.path, ...locate(file, pointer, at), message };
}
