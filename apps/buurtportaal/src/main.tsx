import { start } from '@web-gedeeld/start';
import { App } from './app';
import './buurtportaal.css';

start(<App />);
