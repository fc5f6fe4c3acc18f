/**
 * The data importer's public API.
 *
 *   importFromDir(db, dir)  read the official files in `dir` (layout of ../shared/data) and replace the data
 *   loadBundle(db, dir?)    load the committed facts-only snapshot (data/bundle) instead
 *   isDatabaseEmpty(db)     true when no occupation is loaded yet
 *   ensureData(db, {dataDir})  on an empty database: import from dataDir when given, else load the bundle
 *
 * Everything is read and checked before the database is touched, and written in one transaction, so a failure
 * (a missing or malformed file, a kill) leaves the previous data as it was.
 */
export { importFromDir, loadBundle, isDatabaseEmpty, type ImportResult, type ImportOptions } from "./load";
export { ensureData } from "./ensure-data";
export { readOfficialFiles, type ImportData, type Unmatched } from "./read-official";
export { writeTables, countRows } from "./write";
export { writeBundle, readBundle, BUNDLE_DIR } from "./bundle";
export { consoleProgress, silentProgress, type Progress } from "./progress";
