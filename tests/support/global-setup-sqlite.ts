import { rmSync } from "node:fs";
import { testDatabaseUrls } from "./databases";
import { migrateDeploy } from "./migrate";

export default function setup() {
  const { sqlite } = testDatabaseUrls();
  const file = sqlite.replace(/^file:/, "");
  rmSync(file, { force: true });
  migrateDeploy(sqlite);
  return () => rmSync(file, { force: true });
}
