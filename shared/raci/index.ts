/** RACI grids: editing, validation, the ownership pivot, clipboard, CSV and templates. */
export * from './letters';
export * from './names';
export * from './gridOps';
export * from './cellOps';
export * from './clipboard';
export * from './validate';
export * from './pivot';
export * from './raciCsv';
export * from './templates';
export * from './sourceTitle';
