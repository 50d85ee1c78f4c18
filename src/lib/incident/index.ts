/** The incident console's logic (see each module). */
export * from './record';
export * from './clock';
export * from './report';
export * from './validate';
export * from './transfer';
export * from './storage';
export * from './template-values';
export * from './keys';
export * from './report-markdown';
