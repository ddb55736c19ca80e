export { cpu } from './cpu.js';
