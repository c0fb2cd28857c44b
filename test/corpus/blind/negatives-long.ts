// Long pastes (a hundred lines and more): a whole module of ordinary CRUD code for several
// entities, with the credential-handling snippets of the same language scattered through it.
import { pascal } from './filler.ts';
import type { Snippet } from './negatives-code-a.ts';
import type { Rng } from './rng.ts';

const ENTITIES = [
  'order',
  'invoice',
  'customer',
  'product',
  'shipment',
  'refund',
  'coupon',
  'webhook_event',
  'audit_entry',
  'team',
];

type Crud = (entity: string, r: Rng) => string;

const camelOf = (e: string) => e.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
const typeOf = (e: string) => pascal(e.toUpperCase());

export const CRUD: Record<string, Crud> = {
  'code-ts': (e, r) => {
    const T = typeOf(e);
    return `export interface ${T} {\n  id: string;\n  createdAt: Date;\n  status: '${r.pick(['open', 'active', 'draft'])}' | 'closed';\n}\n\nexport async function list${T}s(db: Db, page = 0, size = ${r.pick([20, 50, 100])}): Promise<${T}[]> {\n  return db.${camelOf(e)}.findMany({ skip: page * size, take: size, orderBy: { createdAt: 'desc' } });\n}\n\nexport async function get${T}(db: Db, id: string): Promise<${T} | null> {\n  return db.${camelOf(e)}.findUnique({ where: { id } });\n}\n`;
  },
  'code-js': (e, r) => {
    const T = typeOf(e);
    return `router.get('/${e}s', async (req, res) => {\n  const page = Number(req.query.page ?? 0);\n  res.json(await ${T}.find().skip(page * ${r.pick([20, 50])}).limit(${r.pick([20, 50])}));\n});\n\nrouter.delete('/${e}s/:id', requireRole('admin'), async (req, res) => {\n  await ${T}.deleteOne({ _id: req.params.id });\n  res.status(204).end();\n});\n`;
  },
  'code-python': (e, r) => {
    const T = typeOf(e);
    return `class ${T}(Base):\n    __tablename__ = "${e}s"\n    id = Column(Integer, primary_key=True)\n    status = Column(String(${r.pick([16, 32])}), nullable=False, default="open")\n    created_at = Column(DateTime, default=datetime.utcnow)\n\n\n@router.get("/${e}s")\ndef list_${e}s(page: int = 0, db: Session = Depends(get_db)):\n    return db.query(${T}).offset(page * 50).limit(50).all()\n`;
  },
  'code-go': (e) => {
    const T = typeOf(e);
    return `type ${T} struct {\n\tID        int64     \`json:"id"\`\n\tStatus    string    \`json:"status"\`\n\tCreatedAt time.Time \`json:"created_at"\`\n}\n\nfunc (s *Store) List${T}s(ctx context.Context, limit int) ([]${T}, error) {\n\trows, err := s.db.QueryContext(ctx, "SELECT id, status, created_at FROM ${e}s ORDER BY created_at DESC LIMIT $1", limit)\n\tif err != nil {\n\t\treturn nil, fmt.Errorf("list ${e}s: %w", err)\n\t}\n\tdefer rows.Close()\n\tvar out []${T}\n\tfor rows.Next() {\n\t\tvar x ${T}\n\t\tif err := rows.Scan(&x.ID, &x.Status, &x.CreatedAt); err != nil {\n\t\t\treturn nil, err\n\t\t}\n\t\tout = append(out, x)\n\t}\n\treturn out, rows.Err()\n}\n`;
  },
  'code-java': (e) => {
    const T = typeOf(e);
    return `@RestController\n@RequestMapping("/${e}s")\nclass ${T}Controller {\n    private final ${T}Repository repository;\n\n    ${T}Controller(${T}Repository repository) {\n        this.repository = repository;\n    }\n\n    @GetMapping\n    Page<${T}> list(Pageable pageable) {\n        return repository.findAll(pageable);\n    }\n\n    @GetMapping("/{id}")\n    ResponseEntity<${T}> get(@PathVariable Long id) {\n        return ResponseEntity.of(repository.findById(id));\n    }\n}\n`;
  },
};

export function longCode(r: Rng, template: string, snippets: Snippet[]): string {
  const crud = CRUD[template];
  if (!crud) throw new Error(`no CRUD template for ${template}`);
  const blocks = [
    ...r.sample(ENTITIES, r.range(4, 8)).map((e) => crud(e, r)),
    ...r.sample(snippets, r.range(2, snippets.length)).map((s) => s(r)),
  ];
  return r.shuffle(blocks).join('\n');
}
