/** Plain-English names for places in the data, from the schema's titles ("Children 2, Health"). */
import { parsePointer, type JsonSchema } from '@caf-forms/core';

type Node = Record<string, unknown> | undefined;

function child(node: Node, token: string): Node {
  if (!node) return undefined;
  const properties = node.properties as Record<string, Node> | undefined;
  if (properties && token in properties) return properties[token];
  if (/^\d+$/.test(token) && node.items && typeof node.items === 'object') return node.items as Node;
  return undefined;
}

export function describePointer(schema: JsonSchema, pointer: string): string {
  const parts: string[] = [];
  let node: Node = schema;
  for (const token of parsePointer(pointer)) {
    const next = child(node, token);
    if (/^\d+$/.test(token) && node?.items) {
      const itemTitle = typeof next?.title === 'string' ? next.title : parts.pop() ?? 'Item';
      parts.push(`${itemTitle} ${Number(token) + 1}`);
    } else {
      parts.push(typeof next?.title === 'string' ? next.title : token);
    }
    node = next;
  }
  return parts.join(', ');
}
