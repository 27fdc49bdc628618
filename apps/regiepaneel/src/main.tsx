import { start } from '@web-gedeeld/start';
import { App } from './app';
import './beheer.css';

start(<App />);
