export const openApiInfo = {
  openapi: '3.1.0',
  info: {
    title: 'Household designation and monitoring workflow API (红黄绿蓝卡 · 防止返贫监测)',
    version: '0.1.0',
    description: 'Commands and read models of an event-sourced approval backend. Errors are application/problem+json.',
  },
  tags: [{ name: 'operations', description: 'Health and readiness' }],
};
