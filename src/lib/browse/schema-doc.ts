/** The record schemas as Markdown field lists, generated from the JSON Schema (never stale). */
import { z } from '../../schemas/zod';
import { KIND_ORDER, RECORD_KINDS } from '../../schemas';

type Node = { type?: string | string[]; description?: string; properties?: Record<string, Node>; required?: string[];
  items?: Node; anyOf?: Node[]; enum?: unknown[]; const?: unknown };

function typeOf(n: Node): string {
  if (n.enum) return n.enum.map((v) => JSON.stringify(v)).join(' \\| ');
  if (n.const !== undefined) return JSON.stringify(n.const);
  if (n.anyOf) return n.anyOf.map(typeOf).join(' or ');
  if (n.type === 'array') return `list of ${n.items ? typeOf(n.items) : 'values'}`;
  return Array.isArray(n.type) ? n.type.join(' or ') : (n.type ?? 'any');
}

function fields(n: Node, prefix: string, out: string[]): void {
  const obj = n.type === 'array' && n.items ? n.items : n;
  for (const [key, child] of Object.entries(obj.properties ?? {})) {
    if (key === '$schema') continue;
    const path = `${prefix}${key}${child.type === 'array' ? '[]' : ''}`;
    const required = obj.required?.includes(key) ? 'yes' : 'no';
    const inner = child.type === 'array' ? child.items : child;
    const nested = inner?.properties ? 'object' : typeOf(child);
    out.push(`| \`${path}\` | ${nested} | ${required} | ${(child.description ?? '').replace(/\|/g, '\\|')} |`);
    if (inner?.properties) fields(inner, `${path}.`, out);
  }
}

/** A Markdown section per record kind: field, type, required, description. */
export function schemaMarkdown(): string {
  return KIND_ORDER.map((kind) => {
    const schema = z.toJSONSchema(RECORD_KINDS[kind].schema, { io: 'input', unrepresentable: 'any' }) as Node;
    const rows: string[] = [];
    fields(schema, '', rows);
    return [`### ${kind}/`, '', schema.description ?? '', '', '| field | type | required | meaning |', '|---|---|---|---|', ...rows].join('\n');
  }).join('\n\n');
}
