import { rmSync } from "node:fs";
import { testDatabaseUrls } from "./databases";
import { migrateDeploy } from "./migrate";

export default function setup() {
  const { sqlite } = testDatabaseUrls();
  const file = sqlite.replace(/^file:/, "");
  const remove = () => ["", "-wal", "-shm"].forEach((suffix) => rmSync(`${file}${suffix}`, { force: true }));
  remove();
  migrateDeploy(sqlite);
  return remove;
}
