import { start } from '@web-gedeeld/start';
import { App } from './app';

start(<App />);
