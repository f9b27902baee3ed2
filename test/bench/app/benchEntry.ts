/**
 * What the bench build adds to the app (buildBenchApp.ts imports it first thing in
 * renderer/src/main.tsx): the window hooks the browser benchmarks drive. The product
 * build never sees this folder; test/e2e/productBundle.spec.ts checks that.
 */
import { accountsGridApi, followAccountsGrid } from './accountsGridApi';
import { installAccountsBenchHook } from './accountsHook';
import { installCalendarBenchHook } from './calendarHook';
import { installMergeBenchHook } from './mergeHook';
import { installContactsBenchHook } from './contactsHook';
import { installUpgradeBenchHook } from './upgradeHook';

followAccountsGrid();
installAccountsBenchHook(accountsGridApi);
installCalendarBenchHook();
installMergeBenchHook();
installContactsBenchHook();
installUpgradeBenchHook();
