// Reads content/plan.yaml, the statements partners answer for their aftercare plan, validated like
// front matter: every mistake at its line, ids unique across the whole file (answers refer to them).
import type { ContentProblem } from "./errors.js";
import { planFileSchema } from "./schema.js";
import type { PlanQuestions } from "./types.js";
import { validate } from "./validate.js";
import { readYamlFile, reportRepeatedIds } from "./yaml-file.js";

/** Answers travel in a link and the plan prints on a card or two: a longer list would fit neither well. */
export const maxPlanStatements = 40;

/** The plan's questions, and whether there was a file to read (without one, the plan has no groups). */
export async function readPlanQuestions(path: string, file: string, problems: ContentProblem[]): Promise<{ plan: PlanQuestions; found: boolean }> {
  const none = (found: boolean) => ({ plan: { file: found ? file : "", groups: [] }, found });
  const yaml = await readYamlFile(path, file, problems);
  if (!yaml.found || !yaml.lineOf) return none(yaml.found);
  const written = { file, lineOf: yaml.lineOf };
  const checked = validate(planFileSchema, yaml.data, written);
  if (!checked.ok) {
    problems.push(...checked.problems);
    return none(true);
  }
  const { groups } = checked.value;
  const before = problems.length;
  reportRepeatedIds(groups.map((group, g) => ({ id: group.id, path: ["groups", g, "id"] })), written, problems);
  const statements = groups.flatMap((group, g) => group.statements.map((statement, s) => ({ id: statement.id, path: ["groups", g, "statements", s, "id"] })));
  reportRepeatedIds(statements, written, problems);
  if (statements.length > maxPlanStatements) {
    problems.push({ file, line: yaml.lineOf(["groups"]), field: "groups", message: `must hold at most ${maxPlanStatements} statements in all (found ${statements.length}): answers travel in a link and the plan prints on a card or two` });
  }
  return problems.length > before ? none(true) : { plan: { file, groups }, found: true };
}
