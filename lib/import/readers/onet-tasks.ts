/** O*NET task statements (O*NET 30.1: onet-30.1-partial/Task Statements.xlsx). Statements are prose: never bundled. */
import path from "node:path";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SourceError } from "@/lib/import/errors";
import { ONET_30 } from "@/lib/import/sources";
import { onetCode, readFlatTable, requiredNumber, requiredText, text } from "./flat-table";

export async function readTasks(dataDir: string): Promise<Prisma.TaskCreateManyInput[]> {
  const t = await readFlatTable(path.join(dataDir, "onet-30.1-partial", "Task Statements.xlsx"), ["O*NET-SOC Code", "Task ID", "Task", "Task Type"]);
  return t.records.map(({ cells, row }) => {
    const where = t.where(row);
    const type = text(cells[t.col["Task Type"]]);
    // An empty type marks a task that was not rated (new or emerging); it is not a core task.
    if (type && type !== "Core" && type !== "Supplemental") throw new SourceError(`column Task Type: unexpected ${JSON.stringify(type)}`, where);
    return {
      onetCode: onetCode(cells[t.col["O*NET-SOC Code"]], where, "O*NET-SOC Code"),
      taskId: requiredNumber(cells[t.col["Task ID"]], where, "Task ID"),
      statement: requiredText(cells[t.col.Task], where, "Task"),
      core: type === "Core",
      ...ONET_30,
    };
  });
}
