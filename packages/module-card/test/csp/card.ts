import '../../src/define.js';
