export { createApp, startApp } from './app';
export { appConfigFromEnv } from './config/app-config';
export type { AppConfig } from './config/app-config';
